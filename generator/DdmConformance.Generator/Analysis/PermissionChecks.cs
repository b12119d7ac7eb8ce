using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 3, the permission tables (DDM0018, and DDM0015 for their URIs): every row of the root
    /// <c>x-permissions</c> list (chapter 5: <c>{permission, api, action, x-doc-table, x-doc-line}</c>) names
    /// an operation of the spec, with the action that operation's <c>x-permission-action</c> gives.
    /// </summary>
    internal static class PermissionChecks
    {
        public static void Run(AnalysisContext context)
        {
            var rows = context.Document.Root.Arr("x-permissions");
            if (rows == null) return;
            for (var i = 0; i < rows.Count; i++)
            {
                if (!(rows[i] is JsonObject row)) continue;
                var api = row.Str("api");
                var line = context.Document.LineOf("/x-permissions/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var table = row.Str("x-doc-table");
                var subject = $"permission row '{row.Str("permission")}'{(table.Length > 0 ? " (" + table + ", document line " + row.Int("x-doc-line") + ")" : "")}";
                var uri = UriTemplate.Parse(api);
                // Literal first, as a server routes: a row for .../configurations/diff is the comparing operation,
                // not the update whose {config_id} the literal also fits.
                var op = context.Spec.Operations
                    .Where(o => string.Equals(o.Method, uri.Method, System.StringComparison.OrdinalIgnoreCase) && UriTemplate.Match(o.Path, uri.Path) != null)
                    .OrderBy(o => o.Path.Count(c => c == '{'))
                    .FirstOrDefault();
                if (op == null)
                {
                    context.Add(DiagnosticCatalog.PermissionRowUnmatched, SectionOf(table), line,
                        $"{subject}: '{api}' matches no operation of the spec (method and path template)");
                    continue;
                }
                var action = Compact(row.Str("action"));
                if (action.Length > 0 && op.PermissionAction.Length > 0 && action != op.PermissionAction)
                    context.Add(DiagnosticCatalog.PermissionRowUnmatched, op, line,
                        $"{subject}: '{api}' is {AnalysisContext.Display(op)}, whose x-permission-action is {op.PermissionAction}, but the row gives the action {row.Str("action")}");
                UriChecks.QueryNames(context, op, uri, line, $"{subject}: '{api}'");
            }
        }

        /// <summary>Chapter 5 tables are numbered 5-n: the row belongs to chapter 5.</summary>
        private static string SectionOf(string table) => table.StartsWith("Table 5-", System.StringComparison.Ordinal) ? "5" : "";

        private static string Compact(string action) => new string(action.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
