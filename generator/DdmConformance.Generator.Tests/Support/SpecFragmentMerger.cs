using YamlDotNet.RepresentationModel;

namespace DdmConformance.Generator.Tests.Support;

/// <summary>
/// Joins the transcription fragments in spec/fragments/ into the one document they will become. The root
/// is fragments/00-root.yaml while it exists, else the spec the fragments are being folded into
/// (spec/ddm.openapi.yaml); every fragment adds paths (merged per path and method) and components (merged
/// per kind and name). Scalar styles survive, so quoted strings stay strings.
/// </summary>
internal static class SpecFragmentMerger
{
    public const string RootFragment = "00-root.yaml";

    /// <summary>The merged document as YAML, plus every name defined twice with different content.</summary>
    /// <param name="fallbackRoot">The root document when the fragments have no 00-root.yaml.</param>
    public static (string Yaml, IReadOnlyList<string> Conflicts) Merge(string fragmentDirectory, string fallbackRoot)
    {
        var conflicts = new List<string>();
        var rootFile = File.Exists(Path.Combine(fragmentDirectory, RootFragment)) ? Path.Combine(fragmentDirectory, RootFragment) : fallbackRoot;
        var rootName = Path.GetFileName(rootFile);
        var root = Load(rootFile);
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        Record(root, rootName, origin);

        var others = Directory.GetFiles(fragmentDirectory, "*.yaml")
            .Where(f => Path.GetFileName(f) != RootFragment)
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in others)
        {
            var name = Path.GetFileName(file);
            foreach (var (key, value) in Load(file).Children)
            {
                var section = ((YamlScalarNode)key).Value!;
                switch (section)
                {
                    case "paths":
                        foreach (var (path, item) in (YamlMappingNode)value)
                            MergeEntries(Child(Child(root, "paths"), Key(path)), (YamlMappingNode)item, $"paths {Key(path)}", name, origin, conflicts);
                        break;
                    case "components":
                        foreach (var (kind, entries) in (YamlMappingNode)value)
                            MergeEntries(Child(Child(root, "components"), Key(kind)), (YamlMappingNode)entries, $"components/{Key(kind)}", name, origin, conflicts);
                        break;
                    default:
                        conflicts.Add($"{name}: top-level '{section}' can only be defined in {rootName}");
                        break;
                }
            }
        }

        var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return (writer.ToString(), conflicts);
    }

    private static void MergeEntries(YamlMappingNode target, YamlMappingNode source, string where, string file,
        Dictionary<string, string> origin, List<string> conflicts)
    {
        foreach (var (key, value) in source.Children)
        {
            var id = where + " " + Key(key);
            if (target.Children.TryGetValue(key, out var existing))
            {
                if (!Same(existing, value))
                    conflicts.Add($"{id}: defined in {origin.GetValueOrDefault(id, "?")} and, differently, in {file}");
                continue;
            }
            target.Add(key, value);
            origin[id] = file;
        }
    }

    private static void Record(YamlMappingNode root, string file, Dictionary<string, string> origin)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("paths"), out var paths) && paths is YamlMappingNode p)
            foreach (var (path, item) in p)
                if (item is YamlMappingNode methods)
                    foreach (var method in methods.Children.Keys) origin[$"paths {Key(path)} {Key(method)}"] = file;
        if (root.Children.TryGetValue(new YamlScalarNode("components"), out var components) && components is YamlMappingNode c)
            foreach (var (kind, entries) in c)
                if (entries is YamlMappingNode named)
                    foreach (var name in named.Children.Keys) origin[$"components/{Key(kind)} {Key(name)}"] = file;
    }

    private static YamlMappingNode Child(YamlMappingNode parent, string key)
    {
        if (parent.Children.TryGetValue(new YamlScalarNode(key), out var node)) return (YamlMappingNode)node;
        var created = new YamlMappingNode();
        parent.Add(key, created);
        return created;
    }

    private static string Key(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static bool Same(YamlNode a, YamlNode b) => Serialize(a) == Serialize(b);

    private static string Serialize(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
