using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Model
{
    /// <summary>How a parsed spec is cut into emission units, and how clashing API names are settled.</summary>
    internal static class Units
    {
        public static ApiUnit Api(SpecModel spec)
            => new ApiUnit(spec.ApiName, spec.FileName, spec.Title, spec.Version, spec.DocSource, spec.DefaultServerUrl,
                spec.Operations.Select(o => o.ClrName).ToEquatableArray(), spec.ErrorCodes, spec.Findings);

        public static IEnumerable<OperationUnit> Operations(SpecModel spec)
            => spec.Operations.Select(o => new OperationUnit(spec.ApiName, spec.FileName, o));

        public static IEnumerable<TypeUnit> Types(SpecModel spec)
            => spec.Types.Select(t => new TypeUnit(spec.ApiName, spec.DocSource, t));

        public static PathTreeUnit PathTree(SpecModel spec) => new PathTreeUnit(spec.ApiName, spec.FileName, spec.PathNodes);

        /// <summary>
        /// Every file keeps the API name of its file name, except when an earlier file (ordinal path order)
        /// has it already: then it gets the next free numeric suffix (<c>Das2</c>), so both still generate.
        /// </summary>
        public static EquatableArray<ApiNameAssignment> AssignApiNames(ImmutableArray<(string Path, string ApiName)> claims)
        {
            var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var assignments = new List<ApiNameAssignment>();
            foreach (var (path, name) in claims.OrderBy(c => c.Path, System.StringComparer.Ordinal))
            {
                if (!taken.TryGetValue(name, out var holder))
                {
                    taken[name] = path;
                    assignments.Add(new ApiNameAssignment(path, name, ""));
                    continue;
                }
                var candidate = name;
                for (var i = 2; taken.ContainsKey(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                taken[candidate] = path;
                assignments.Add(new ApiNameAssignment(path, candidate, holder));
            }
            return assignments.ToEquatableArray();
        }

        /// <summary>Applies the assigned API name to a parse result, with a DDM0026 finding when it had to change.</summary>
        public static SpecParseResult WithAssignedName(SpecParseResult result, EquatableArray<ApiNameAssignment> assignments)
        {
            var model = result.Model;
            var assignment = assignments.FirstOrDefault(a => a.Path == result.Path);
            if (model == null || assignment == null || assignment.ClashesWith.Length == 0) return result;
            var finding = new FindingModel(DiagnosticCatalog.DuplicateApiName.Id,
                $"{ShortPath(result.Path)} and {ShortPath(assignment.ClashesWith)} both name the API '{model.ApiName}' (from the file name): "
                + $"this file's code is generated as '{assignment.ApiName}' (namespace DdmConformance.Api.{assignment.ApiName}); rename one of the files",
                "", "", model.FileName, 1);
            var findings = new[] { finding }.Concat(result.Findings).ToEquatableArray();
            return new SpecParseResult(result.Path, model with { ApiName = assignment.ApiName, Findings = findings }, findings);
        }

        /// <summary>The file and its folder (<c>side-apis/das.openapi.yaml</c>): enough to tell the two apart, nothing machine-specific.</summary>
        private static string ShortPath(string path)
        {
            var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? "");
            return (folder.Length > 0 ? folder + "/" : "") + System.IO.Path.GetFileName(path);
        }
    }
}
