using System.Collections.Generic;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Runs the Microsoft.OpenApi reader over the spec's JSON tree and returns what it objects to: a
    /// second, independent opinion on the document's structure. The tree is handed over as it is (no
    /// serialising and re-parsing: that was most of the lint time); the reader does not modify it.
    /// </summary>
    internal static class OpenApiStructureCheck
    {
        private static readonly System.Uri Location = new System.Uri("file:///spec.openapi.json");

        public static IEnumerable<(string Message, string Pointer)> Check(System.Text.Json.Nodes.JsonNode document)
        {
            var results = new List<(string, string)>();
            ReadResult read;
            try
            {
                read = new OpenApiJsonReader().Read(document, Location, new OpenApiReaderSettings());
            }
            catch (System.Exception e) when (!(e is System.OutOfMemoryException))
            {
                results.Add(("the OpenAPI reader failed: " + e.Message, ""));
                return results;
            }
            if (read.Diagnostic != null)
                foreach (var error in read.Diagnostic.Errors)
                    if (!CoveredByOwnRules(error.Message)) results.Add((error.Message, error.Pointer ?? ""));
            return results;
        }

        // What one of our own rules reports more precisely is not reported twice.
        private static bool CoveredByOwnRules(string message)
            => message.StartsWith("Declared path parameter", System.StringComparison.Ordinal); // DDM0014
    }
}
