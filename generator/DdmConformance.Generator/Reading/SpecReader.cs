using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Reads one spec document into the pipeline model: operations with everything the engine needs,
    /// the C# types for models, the request builders' path tree, and the root catalogues. Findings come
    /// from <see cref="Analysis.SpecAnalyzer"/>.
    /// </summary>
    internal sealed class SpecReader
    {
        public static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options" };

        private readonly SpecDocument document;
        private readonly SchemaResolver resolver;
        private readonly ClrTypeMapper types;
        private readonly PathTreeBuilder paths = new PathTreeBuilder();
        private readonly HashSet<string> operationNames = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly List<(int Line, string Section)> sectionHeadings;

        public SpecReader(SpecDocument document)
        {
            this.document = document;
            resolver = new SchemaResolver(document);
            types = new ClrTypeMapper(document, resolver);
            sectionHeadings = SectionHeadings(document);
        }

        public SchemaResolver Resolver => resolver;

        public SpecDocument Document => document;

        public ClrTypeMapper Types => types;

        /// <summary>Every operation with its JSON pointer, in document order.</summary>
        public static IEnumerable<(string Path, string Method, JsonObject PathItem, JsonObject Operation, string Pointer)> Operations(SpecDocument document)
        {
            foreach (var path in document.Root.Obj("paths") ?? new JsonObject())
            {
                if (!(path.Value is JsonObject item)) continue;
                foreach (var method in Methods)
                    if (item.Obj(method) is JsonObject op)
                        yield return (path.Key, method, item, op, "/paths/" + SpecDocument.Escape(path.Key) + "/" + method);
            }
        }

        public SpecModel Read()
        {
            types.AddComponents(SectionOfTable);
            var operations = Operations(document).Select(o => ReadOperation(o.Path, o.Method, o.PathItem, o.Operation, o.Pointer)).ToList();
            var info = document.Root.Obj("info");
            return new SpecModel(
                Names.ApiName(document.Path),
                System.IO.Path.GetFileName(document.Path),
                info.Str("title"),
                info.Str("version"),
                info.Str("x-doc-source").Length > 0 ? info.Str("x-doc-source") : document.Root.Str("x-doc-source"),
                DefaultServerUrl(),
                operations.ToEquatableArray(),
                types.Types.ToEquatableArray(),
                paths.Build(),
                ReadErrorCodes(),
                EquatableArray<FindingModel>.Empty);
        }

        /// <summary>The section a document line belongs to: the last operation heading at or above it.</summary>
        public string SectionOf(int docLine)
        {
            if (docLine <= 0) return "";
            var section = "";
            foreach (var heading in sectionHeadings)
            {
                if (heading.Line > docLine) break;
                section = heading.Section;
            }
            return section;
        }

        /// <summary>
        /// The section of a table: the section its line falls in, unless the table's own number says it
        /// belongs elsewhere (<c>Table A-7</c> is in the appendix, <c>Table 5-1</c> in chapter 5, whatever
        /// operation heading precedes it) — then that chapter.
        /// </summary>
        public string SectionOfTable(int docLine, string table)
        {
            var section = SectionOf(docLine);
            var chapter = TableChapter(table);
            if (chapter.Length == 0 || section == chapter || section.StartsWith(chapter + ".", System.StringComparison.Ordinal)) return section;
            return chapter;
        }

        /// <summary><c>Table 4-17</c> → <c>4</c>; <c>Table A-7</c> → <c>A</c>; empty when the name has no number.</summary>
        private static string TableChapter(string table)
        {
            if (!table.StartsWith("Table ", System.StringComparison.Ordinal)) return "";
            var number = table.Substring("Table ".Length);
            var dash = number.IndexOf('-');
            return dash > 0 ? number.Substring(0, dash) : "";
        }

        private static List<(int, string)> SectionHeadings(SpecDocument document)
            => Operations(document)
                .Select(o => (Line: o.Operation.Int("x-doc-line"), Section: o.Operation.Str("x-doc-section")))
                .Where(h => h.Line > 0 && h.Section.Length > 0)
                .OrderBy(h => h.Line)
                .Select(h => (h.Line, h.Section))
                .ToList();

        private OperationModel ReadOperation(string path, string method, JsonObject pathItem, JsonObject op, string pointer)
        {
            var id = op.Str("operationId");
            if (id.Length == 0) id = Names.Camel(method + " " + path).TrimStart('@');
            var clrName = Names.Pascal(id);
            for (var i = 2; !operationNames.Add(clrName); i++) clrName = Names.Pascal(id) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var section = op.Str("x-doc-section");
            var security = op.Arr("security") ?? document.Root.Arr("security");
            var requiresAuth = security == null || security.Count > 0;
            var schemes = (security ?? new JsonArray()).OfType<JsonObject>().SelectMany(r => r.Select(p => p.Key)).Distinct().ToEquatableArray();

            var parameters = new List<ParameterModel>();
            foreach (var (p, at) in Parameters(document, path, pathItem, op, pointer))
            {
                var resolved = p.Str("$ref").Length > 0 ? Resolve(p) : p;
                if (resolved == null || parameters.Any(x => x.In == resolved.Str("in") && x.Name == resolved.Str("name"))) continue;
                var schema = resolved.Obj("schema");
                var suggested = clrName + Names.Pascal(resolved.Str("name"));
                var clrType = types.ClrType(schema, suggested, section);
                parameters.Add(new ParameterModel(
                    resolved.Str("name"), resolved.Str("in"), resolved.Bool("required") || resolved.Str("in") == "path",
                    Json.Compact(WithExample(resolver.Inline(schema, at + "/schema") ?? new JsonObject(), resolved)),
                    clrType, resolved.Str("description"),
                    SchemaNotes.Describe(types.Effective(schema), types.EnumTypeName(schema, suggested))));
            }

            BodyModel? requestBody = null;
            if (op.Obj("requestBody") is JsonObject rb)
            {
                var body = rb.Str("$ref").Length > 0 ? Resolve(rb) : rb;
                if (body != null)
                    requestBody = ReadBody(body, pointer + "/requestBody", clrName + "Request", body.Bool("required"), section);
            }

            var responses = new List<ResponseModel>();
            var links = new List<LinkModel>();
            foreach (var r in op.Obj("responses") ?? new JsonObject())
            {
                if (!(r.Value is JsonObject response)) continue;
                var at = pointer + "/responses/" + SpecDocument.Escape(r.Key);
                var resolved = response.Str("$ref").Length > 0 ? Resolve(response) : response;
                if (resolved == null) continue;
                var suffix = r.Key.StartsWith("2", System.StringComparison.Ordinal) ? "Response" : "Response" + r.Key;
                responses.Add(new ResponseModel(r.Key, resolved.Str("description"),
                    resolved.Obj("content") != null ? ReadBody(resolved, at, clrName + suffix, false, section) : null));
                foreach (var l in resolved.Obj("links") ?? new JsonObject())
                {
                    if (!(l.Value is JsonObject link)) continue;
                    links.Add(new LinkModel(l.Key, link.Str("operationId"),
                        (link.Obj("parameters") ?? new JsonObject())
                            .Select(p => new LinkParameterModel(p.Key, p.Value is JsonValue v ? Json.Scalar(v) : ""))
                            .ToEquatableArray()));
                }
            }

            var requestExamples = new List<RequestExampleModel>();
            foreach (var e in op.Arr("x-doc-request-examples") ?? new JsonArray())
            {
                var name = e.Str("name");
                var body = requestBody?.Examples.FirstOrDefault(x => x.Name == name);
                requestExamples.Add(new RequestExampleModel(name, e.Str("summary"), e.Str("request-line"), e.Int("x-doc-line"), body?.Json ?? ""));
            }

            AsyncJobModel? job = null;
            if (op.Obj("x-async-job") is JsonObject async)
            {
                var ready = async.Obj("ready");
                job = new AsyncJobModel(async.Str("job-id"), ready.Str("operationId"), ready.Str("field"),
                    Strings(ready.Arr("values")));
            }

            var conditional = (op.Arr("x-conditional-required") ?? new JsonArray())
                .OfType<JsonObject>()
                .SelectMany(c => (c.Obj("if") ?? new JsonObject()).Select(cond => new ConditionalRequirementModel(
                    cond.Key, cond.Value is JsonValue v ? Json.Scalar(v) : "", Strings(c.Arr("then")))))
                .ToEquatableArray();

            var parameterList = parameters.ToEquatableArray();
            return new OperationModel(
                id, clrName, method.ToUpperInvariant(), path, paths.Add(path, parameterList),
                op.Str("summary"), op.Str("description"), section, op.Str("x-doc-title"), op.Int("x-doc-line"), document.LineOf(pointer),
                Strings(op.Arr("tags")),
                op.Str("x-error-format"), op.Str("x-permission-action"),
                op.Bool("x-destructive"), op.Bool("x-billable"), requiresAuth, schemes, job,
                parameterList, requestBody, responses.ToEquatableArray(),
                requestExamples.ToEquatableArray(), links.ToEquatableArray(), conditional,
                Strings(op.Arr("x-doc-status-codes")), DocGaps(op),
                Strings(op.Obj("x-prepare")?.Arr("fresh")), Strings(op.Obj("x-prepare")?.Arr("after")),
                CredentialQueryParameter(schemes));
        }

        /// <summary>The operation's own parameters, then the path item's (which the operation's override).</summary>
        public static IEnumerable<(JsonObject Parameter, string Pointer)> Parameters(SpecDocument document, string path, JsonObject pathItem, JsonObject op, string pointer)
        {
            var own = (op.Arr("parameters") ?? new JsonArray()).Select((p, i) => (p, pointer + "/parameters/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var shared = (pathItem.Arr("parameters") ?? new JsonArray()).Select((p, i) => (p, "/paths/" + SpecDocument.Escape(path) + "/parameters/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (raw, at) in own.Concat(shared))
                if (raw is JsonObject p) yield return (p, at);
        }

        private BodyModel ReadBody(JsonObject holder, string pointer, string typeName, bool required, string section)
        {
            var content = holder.Obj("content");
            var media = content.Obj("application/json") ?? content?.Select(c => c.Value as JsonObject).FirstOrDefault(c => c != null);
            var mediaKey = content?.FirstOrDefault(c => c.Value == media).Key ?? "application/json";
            var mediaPointer = pointer + "/content/" + SpecDocument.Escape(mediaKey);
            var schema = media.Obj("schema");
            var examples = new List<ExampleModel>();
            foreach (var e in media.Obj("examples") ?? new JsonObject())
            {
                if (!(e.Value is JsonObject example)) continue;
                var at = mediaPointer + "/examples/" + SpecDocument.Escape(e.Key);
                example.TryGetPropertyValue("value", out var value);
                examples.Add(new ExampleModel(e.Key, example.Str("summary"), Json.Compact(value), example.Int("x-doc-line"),
                    document.LineOf(at), example.Str("x-doc-repair")));
            }
            if (media != null && media.TryGetPropertyValue("example", out var single))
                examples.Add(new ExampleModel("example", "", Json.Compact(single), 0, document.LineOf(mediaPointer + "/example"), ""));
            return new BodyModel(required,
                Json.Compact(resolver.Inline(schema, mediaPointer + "/schema") ?? new JsonObject()),
                schema == null ? "" : types.ClrType(schema, typeName, section),
                examples.ToEquatableArray());
        }

        /// <summary>
        /// A parameter's own <c>example</c> moves into its schema (where OpenAPI allows it too), so the catalog's
        /// one schema carries the documented value the engine sends for a mandatory parameter.
        /// </summary>
        private static JsonNode WithExample(JsonNode inlined, JsonObject parameter)
        {
            if (!(inlined is JsonObject schema)) return inlined;
            var copy = (JsonObject)schema.DeepClone();
            // The same for the code an unknown value yields (x-error-code on a path parameter: DBS.300327 for a username).
            foreach (var key in new[] { "example", "x-error-code" })
                if (!copy.ContainsKey(key) && parameter.TryGetPropertyValue(key, out var value) && value != null)
                    copy[key] = value.DeepClone();
            return copy;
        }

        /// <summary>The query parameter an API key travels in (<c>AccessKeyId</c> for DMS's <c>aliyunAk</c>), or empty.</summary>
        private string CredentialQueryParameter(EquatableArray<string> schemes)
        {
            foreach (var name in schemes)
                if (document.Root.Obj("components")?.Obj("securitySchemes")?.Obj(name) is JsonObject scheme
                    && scheme.Str("type") == "apiKey" && scheme.Str("in") == "query")
                    return scheme.Str("name");
            return "";
        }

        /// <summary>The object a <c>$ref</c> holder names; null when it names nothing (DDM0003 reports that).</summary>
        private JsonObject? Resolve(JsonObject holder) => document.Resolve(holder.Str("$ref")) as JsonObject;

        private EquatableArray<ErrorCodeModel> ReadErrorCodes()
            => (document.Root.Arr("x-error-codes") ?? new JsonArray())
                .OfType<JsonObject>()
                .Select(e => new ErrorCodeModel(e.Str("code"), e.Int("status"), e.Str("message"), e.Str("solution"),
                    e.Str("trigger"), e.Str("untriggerable"), Provocations(e)))
                .ToEquatableArray();

        private static EquatableArray<ProvocationModel> Provocations(JsonObject code)
            => (code.Arr("provoke") ?? new JsonArray())
                .OfType<JsonObject>()
                .Select(p => new ProvocationModel(p.Str("operation"), Json.Compact(p.Obj("body") ?? new JsonObject()),
                    Json.Compact(p.Obj("query") ?? new JsonObject()), Json.Compact(p.Obj("path") ?? new JsonObject()), p.Bool("repeat")))
                .ToEquatableArray();

        private string DefaultServerUrl()
        {
            var server = document.Root.Arr("servers")?.OfType<JsonObject>().FirstOrDefault();
            var url = server.Str("url");
            foreach (var variable in server.Obj("variables") ?? new JsonObject())
                url = url.Replace("{" + variable.Key + "}", variable.Value.Str("default"));
            return url;
        }

        private static EquatableArray<string> DocGaps(JsonObject op)
            => op.TryGetPropertyValue("x-doc-gap", out var gap) && gap != null
                ? (gap is JsonArray list ? Strings(list) : new[] { gap is JsonValue v ? Json.Scalar(v) : Json.Compact(gap) }.ToEquatableArray())
                : EquatableArray<string>.Empty;

        private static EquatableArray<string> Strings(JsonArray? array)
            => (array ?? new JsonArray()).Select(t => t is JsonValue v ? Json.Scalar(v) : Json.Compact(t)).ToEquatableArray();
    }
}
