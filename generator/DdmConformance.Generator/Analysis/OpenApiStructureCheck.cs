using System.Collections.Generic;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Runs the Microsoft.OpenApi reader over the spec (as JSON) and returns what it objects to: a
    /// second, independent opinion on the document's structure.
    /// </summary>
    internal static class OpenApiStructureCheck
    {
        public static IEnumerable<(string Message, string Pointer)> Check(string json)
        {
            var results = new List<(string, string)>();
            ReadResult read;
            try
            {
                read = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());
            }
            catch (System.Exception e) when (!(e is System.OutOfMemoryException))
            {
                results.Add(("the OpenAPI reader failed: " + e.Message, ""));
                return results;
            }
            if (read.Diagnostic != null)
                foreach (var error in read.Diagnostic.Errors)
                    results.Add((error.Message, error.Pointer ?? ""));
            return results;
        }
    }
}
