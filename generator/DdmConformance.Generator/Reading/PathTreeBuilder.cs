using System.Collections.Generic;
using System.Linq;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Turns the path templates into the request builders' navigation tree, Kiota style: every path
    /// prefix is a class, a literal segment is a property (<c>.Instances</c>), a placeholder an indexer
    /// and a <c>ByX(…)</c> method (<c>[instanceId]</c>, <c>.ByInstanceId(instanceId)</c>). Class names come from
    /// the segments (<c>/v1/{project_id}/instances</c> → <c>V1ByProjectIdInstancesRequestBuilder</c>); the
    /// root is the API's entry class and has the empty name here.
    /// </summary>
    internal sealed class PathTreeBuilder
    {
        // Members every node class has (see PathTreeEmitter); a segment must not take their names.
        private static readonly HashSet<string> Reserved = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "PathTemplate", "PathValues", "NewRequest", "With", "Item", "ToGetRequest", "ToPutRequest", "ToPostRequest",
            "ToDeleteRequest", "ToPatchRequest", "ToHeadRequest", "ToOptionsRequest", "GetAsync", "PutAsync", "PostAsync",
            "DeleteAsync", "PatchAsync", "HeadAsync", "OptionsAsync", "Equals", "GetHashCode", "ToString", "GetType",
        };

        private sealed class Node
        {
            public Node(string template, string className) { Template = template; ClassName = className; }
            public string Template { get; }
            public string ClassName { get; }
            public List<Step> Steps { get; } = new List<Step>();
        }

        private sealed class Step
        {
            public string Segment = "", MemberName = "", ParameterName = "", ClrType = "string";
            public Node Target = null!;
        }

        private readonly Dictionary<string, Node> nodes = new Dictionary<string, Node>(System.StringComparer.Ordinal);
        private readonly List<Node> order = new List<Node>();
        private readonly HashSet<string> classNames = new HashSet<string>(System.StringComparer.Ordinal);

        public PathTreeBuilder()
        {
            var root = new Node("", "");
            nodes[""] = root;
            order.Add(root);
        }

        /// <summary>Adds a path template; returns the class of its last node (empty for the root).</summary>
        public string Add(string path, IEnumerable<ParameterModel> parameters)
        {
            var node = nodes[""];
            var prefix = "";
            var name = "";
            foreach (var segment in Segments(path))
            {
                prefix += "/" + segment;
                var placeholder = PlaceholderName(segment);
                name += placeholder.Length > 0 ? "By" + Names.Pascal(placeholder) : Names.Pascal(segment);
                var step = node.Steps.FirstOrDefault(s => s.Segment == segment);
                if (step == null)
                {
                    if (!nodes.TryGetValue(prefix, out var child))
                    {
                        child = new Node(prefix, UniqueClassName(name + "RequestBuilder"));
                        nodes[prefix] = child;
                        order.Add(child);
                    }
                    step = new Step { Segment = segment, ParameterName = placeholder, Target = child };
                    step.MemberName = UniqueMember(node, placeholder.Length > 0 ? "By" + Names.Pascal(placeholder) : Names.Pascal(segment));
                    var parameter = parameters.FirstOrDefault(p => p.In == "path" && p.Name == placeholder);
                    step.ClrType = placeholder.Length > 0 && parameter != null ? parameter.ClrType : "string";
                    node.Steps.Add(step);
                }
                else if (placeholder.Length > 0)
                {
                    // Two operations under one placeholder that disagree on its type: fall back to the wire string.
                    var parameter = parameters.FirstOrDefault(p => p.In == "path" && p.Name == placeholder);
                    if (parameter != null && parameter.ClrType != step.ClrType) step.ClrType = "string";
                }
                node = step.Target;
            }
            return node.ClassName;
        }

        public EquatableArray<PathNodeModel> Build()
            => order.Select(n => new PathNodeModel(n.ClassName, n.Template, n.Steps.Select(s => new PathStepModel(
                    s.Segment, s.MemberName, s.ParameterName, s.ClrType, s.Target.ClassName,
                    s.ParameterName.Length > 0 && n.Steps.Count(o => o.ParameterName.Length > 0) == 1)).ToEquatableArray()))
                .ToEquatableArray();

        public static IEnumerable<string> Segments(string path)
        {
            var trimmed = path.Trim('/');
            return trimmed.Length == 0 ? Enumerable.Empty<string>() : trimmed.Split('/');
        }

        /// <summary>The parameter name of a segment that is exactly one placeholder (<c>{instance_id}</c>), else empty.</summary>
        public static string PlaceholderName(string segment)
            => segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' && segment.IndexOf('}') == segment.Length - 1
                ? segment.Substring(1, segment.Length - 2)
                : "";

        private string UniqueClassName(string name)
        {
            var candidate = name;
            for (var i = 2; !classNames.Add(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }

        private static string UniqueMember(Node node, string name)
        {
            var candidate = Reserved.Contains(name) ? name + "Segment" : name;
            var baseName = candidate;
            for (var i = 2; node.Steps.Any(s => s.MemberName == candidate); i++)
                candidate = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }
    }
}
