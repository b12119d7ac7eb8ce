namespace DdmConformance.Reports.Tests.Support;

/// <summary>A fresh temporary directory per test, removed afterwards.</summary>
internal sealed class OutputDirectory : IDisposable
{
    public OutputDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ddm-reports-" + Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
