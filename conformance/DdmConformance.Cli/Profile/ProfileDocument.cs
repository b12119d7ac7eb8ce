using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DdmConformance.Cli.Profile;

/// <summary>A node of a profile file, with the line it starts on (1-based) so that every complaint can point at it.</summary>
public abstract record ProfileNode(int Line);

/// <summary>A mapping; keys keep their own lines (an unknown key is reported where it is written).</summary>
public sealed record ProfileMapping(int Line, IReadOnlyList<(string Key, int KeyLine, ProfileNode Value)> Entries) : ProfileNode(Line);

/// <summary>A list (no profile key takes one; it exists so that a list where a value belongs is reported as such).</summary>
public sealed record ProfileSequence(int Line) : ProfileNode(Line);

/// <summary>What a scalar is by the YAML 1.2 core schema.</summary>
public enum ScalarKind { Null, Boolean, Integer, Float, String }

/// <summary>A scalar as written; <see cref="ProfileDocument.Value"/> expands and types it.</summary>
public sealed record ProfileScalar(int Line, string Raw, bool Plain) : ProfileNode(Line);

/// <summary>
/// Reads a profile file, YAML or JSON (JSON is read as the YAML it is), into <see cref="ProfileNode"/>s. Plain
/// scalars are typed by the YAML 1.2 core schema (YamlDotNet would read every one as a string). A value written
/// <c>${NAME}</c> is read from the environment when the value is used, and then typed as if written plainly, so
/// that secrets (an RDS administrator's password) reach the run without being written down. Every problem is a
/// <see cref="UsageException"/> naming the file and, where there is one, the line.
/// </summary>
public static partial class ProfileDocument
{
    /// <summary>The file's root mapping (empty for an empty file).</summary>
    public static ProfileMapping Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"profile {path} cannot be read: {e.Message}");
        }
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return new ProfileMapping(1, []);
            parser.Consume<DocumentStart>();
            return ReadNode(parser, path) as ProfileMapping
                   ?? throw new UsageException($"profile {path}:1: the file must be a mapping of keys (target, project_id, fixtures…)");
        }
        catch (YamlException e)
        {
            throw new UsageException($"profile {path}:{e.Start.Line}: malformed YAML or JSON: {Clean(e)}");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails this way on an unclosed flow collection.
            throw new UsageException($"profile {path}: malformed YAML or JSON: {e.Message}");
        }
    }

    private static ProfileNode ReadNode(IParser parser, string path)
    {
        var start = parser.Current!;
        var line = (int)start.Start.Line;
        switch (start)
        {
            case MappingStart:
                parser.MoveNext();
                var entries = new List<(string, int, ProfileNode)>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (parser.Current is not Scalar key)
                        throw new UsageException($"profile {path}:{parser.Current!.Start.Line}: a key must be a plain name");
                    parser.MoveNext();
                    if (entries.Any(e => e.Item1 == key.Value))
                        throw new UsageException($"profile {path}:{key.Start.Line}: key '{key.Value}' is given twice");
                    entries.Add((key.Value, (int)key.Start.Line, ReadNode(parser, path)));
                }
                return new ProfileMapping(line, entries);
            case SequenceStart:
                parser.SkipThisAndNestedEvents();
                return new ProfileSequence(line);
            case Scalar scalar:
                parser.MoveNext();
                return new ProfileScalar(line, scalar.Value, scalar.Style == ScalarStyle.Plain);
            default:
                throw new UsageException($"profile {path}:{line}: anchors and aliases are not supported in a profile");
        }
    }

    /// <summary>
    /// The scalar's text and kind: <c>60</c> is an integer, <c>"60"</c> a string; a value with <c>${NAME}</c> is
    /// expanded first (a missing variable is a usage error naming it) and then typed as if written plainly.
    /// </summary>
    public static (string Text, ScalarKind Kind) Value(ProfileScalar scalar, string path, Func<string, string?> environment)
        => EnvironmentReference().IsMatch(scalar.Raw) ? Typed(Expand(scalar.Raw, scalar.Line, path, environment), plain: true)
            : Typed(scalar.Raw, scalar.Plain);

    /// <summary>Replaces each <c>${NAME}</c> by the environment variable; a missing one is a usage error naming it.</summary>
    private static string Expand(string value, int line, string path, Func<string, string?> environment)
        => EnvironmentReference().Replace(value, m => environment(m.Groups[1].Value) is { Length: > 0 } found ? found
            : throw new UsageException($"profile {path}:{line}: environment variable {m.Groups[1].Value} is not set (the profile reads ${{{m.Groups[1].Value}}})"));

    private static (string, ScalarKind) Typed(string text, bool plain)
    {
        if (!plain) return (text, ScalarKind.String);
        if (text is "" or "~" or "null" or "Null" or "NULL") return (text, ScalarKind.Null);
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return (text.ToLowerInvariant(), ScalarKind.Boolean);
        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            return (text, ScalarKind.Integer);
        if (FloatPattern().IsMatch(text)) return (text, ScalarKind.Float);
        return (text, ScalarKind.String);
    }

    private static string Clean(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (…): "; the line is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex EnvironmentReference();

    // YAML 1.2 core schema.
    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
