using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DdmConformance.Generator.Tests.Support;

/// <summary>A spec handed to the generator as an AdditionalFile without touching the disk.</summary>
internal sealed class InMemorySpec(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;

    /// <summary>A spec at <c>/specs/<paramref name="fileName"/></c>, the way test findings name it.</summary>
    public static InMemorySpec Named(string fileName, string text) => new("/specs/" + fileName, text);
}
