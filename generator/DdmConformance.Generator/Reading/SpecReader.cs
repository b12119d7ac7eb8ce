using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Reads one spec document into the pipeline model: operations with everything the engine needs,
    /// the C# types for models, and the root catalogues. Findings come from <see cref="Analysis.SpecAnalyzer"/>.
    /// </summary>
    internal sealed class SpecReader
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options" };

        private readonly SpecDocument document;
        private readonly SchemaResolver resolver;
        private readonly ClrTypeMapper types;

        public SpecReader(SpecDocument document)
        {
            this.document = document;
            resolver = new SchemaResolver(document);
            types = new ClrTypeMapper(document, resolver);
        }

        public SchemaResolver Resolver => resolver;

        public SpecDocument Document => document;

        public SpecModel Read()
        {
            types.AddComponents();
            var operations = new List<OperationModel>();
            foreach (var path in document.Root.Obj("paths") ?? new JsonObject())
            {
                if (!(path.Value is JsonObject item)) continue;
                foreach (var method in Methods)
                {
                    if (item.Obj(method) is JsonObject op)
                        operations.Add(ReadOperation(path.Key, method, item, op, "/paths/" + SpecDocument.Escape(path.Key) + "/" + method));
                }
            }
            var info = document.Root.Obj("info");
            return new SpecModel(
                Names.ApiName(document.Path),
                System.IO.Path.GetFileName(document.Path),
                info.Str("title"),
                info.Str("version"),
                info.Str("x-doc-source").Length > 0 ? info.Str("x-doc-source") : document.Root.Str("x-doc-source"),
                operations.ToEquatableArray(),
                types.Types.ToEquatableArray(),
                ReadErrorCodes(),
                EquatableArray<FindingModel>.Empty);
        }

        private OperationModel ReadOperation(string path, string method, JsonObject pathItem, JsonObject op, string pointer)
        {
            var id = op.Str("operationId");
            if (id.Length == 0) id = Names.Camel(method + " " + path);
            var security = op.Arr("security") ?? document.Root.Arr("security");
            var requiresAuth = security == null || security.Count > 0;

            var parameters = new List<ParameterModel>();
            var seen = new HashSet<string>();
            var ownParameters = (op.Arr("parameters") ?? new JsonArray()).Select((p, i) => (p, pointer + "/parameters/" + i));
            var sharedParameters = (pathItem.Arr("parameters") ?? new JsonArray()).Select((p, i) => (p, "/paths/" + SpecDocument.Escape(path) + "/parameters/" + i));
            foreach (var (raw, at) in ownParameters.Concat(sharedParameters))
            {
                if (!(raw is JsonObject p)) continue;
                var resolved = p.Str("$ref").Length > 0 ? ResolveOrRecord(p, at) : p;
                if (resolved == null) continue;
                var key = resolved.Str("in") + ":" + resolved.Str("name");
                if (!seen.Add(key)) continue;
                var schema = resolved.Obj("schema");
                parameters.Add(new ParameterModel(
                    resolved.Str("name"), resolved.Str("in"), resolved.Bool("required") || resolved.Str("in") == "path",
                    Json.Compact(resolver.Inline(schema, at + "/schema") ?? new JsonObject()),
                    types.ClrType(schema, Names.Pascal(id) + Names.Pascal(resolved.Str("name"))),
                    resolved.Str("description")));
            }

            BodyModel? requestBody = null;
            if (op.Obj("requestBody") is JsonObject rb)
            {
                var body = rb.Str("$ref").Length > 0 ? ResolveOrRecord(rb, pointer + "/requestBody") : rb;
                if (body != null)
                    requestBody = ReadBody(body, pointer + "/requestBody", Names.Pascal(id) + "Request", body.Bool("required"));
            }

            var responses = new List<ResponseModel>();
            var links = new List<LinkModel>();
            foreach (var r in op.Obj("responses") ?? new JsonObject())
            {
                if (!(r.Value is JsonObject response)) continue;
                var at = pointer + "/responses/" + SpecDocument.Escape(r.Key);
                var resolved = response.Str("$ref").Length > 0 ? ResolveOrRecord(response, at) : response;
                if (resolved == null) continue;
                var suffix = r.Key.StartsWith("2", System.StringComparison.Ordinal) ? "Response" : "Response" + r.Key;
                responses.Add(new ResponseModel(r.Key, resolved.Str("description"),
                    resolved.Obj("content") != null ? ReadBody(resolved, at, Names.Pascal(id) + suffix, false) : null));
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
                    (ready.Arr("values") ?? new JsonArray()).Select(v => v is JsonValue j ? Json.Scalar(j) : "").ToEquatableArray());
            }

            var conditional = (op.Arr("x-conditional-required") ?? new JsonArray())
                .OfType<JsonObject>()
                .SelectMany(c => (c.Obj("if") ?? new JsonObject()).Select(cond => new ConditionalRequirementModel(
                    cond.Key, cond.Value is JsonValue v ? Json.Scalar(v) : "",
                    (c.Arr("then") ?? new JsonArray()).Select(t => t is JsonValue tv ? Json.Scalar(tv) : "").ToEquatableArray())))
                .ToEquatableArray();

            return new OperationModel(
                id, method.ToUpperInvariant(), path, op.Str("summary"),
                op.Str("x-doc-section"), op.Str("x-doc-title"), op.Int("x-doc-line"), document.LineOf(pointer),
                (op.Arr("tags") ?? new JsonArray()).Select(t => t is JsonValue v ? Json.Scalar(v) : "").ToEquatableArray(),
                op.Str("x-error-format"), op.Str("x-permission-action"),
                op.Bool("x-destructive"), op.Bool("x-billable"), requiresAuth, job,
                parameters.ToEquatableArray(), requestBody, responses.ToEquatableArray(),
                requestExamples.ToEquatableArray(), links.ToEquatableArray(), conditional);
        }

        private BodyModel ReadBody(JsonObject holder, string pointer, string typeName, bool required)
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
                schema == null ? "" : types.ClrType(schema, typeName),
                examples.ToEquatableArray());
        }

        private JsonObject? ResolveOrRecord(JsonObject holder, string pointer)
        {
            var reference = holder.Str("$ref");
            var target = document.Resolve(reference) as JsonObject;
            if (target == null) resolver.Unresolved.Add((reference, pointer));
            return target;
        }

        private EquatableArray<ErrorCodeModel> ReadErrorCodes()
            => (document.Root.Arr("x-error-codes") ?? new JsonArray())
                .OfType<JsonObject>()
                .Select(e => new ErrorCodeModel(e.Str("code"), e.Int("status"), e.Str("message"), e.Str("solution"),
                    e.Str("trigger"), e.Str("untriggerable")))
                .ToEquatableArray();
    }
}
