using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Catalogues;

/// <summary>
/// 4.2.15, 4.2.16, 4.2.21, 4.2.22: the engines and node classes of the region, from the seeded catalogues.
/// Node classes come in one group per architecture; offset and limit page each group's classes, as the
/// examples show (each group carries its own offset, limit and total).
/// </summary>
internal sealed class CatalogueOperations
{
    /// <summary>4.2.15 Querying DDM Engine Information.</summary>
    public OperationResult ListEnginesV2(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: Paging.MaxLimit);
        return OperationResult.Ok(PagedEngines("engineGroups", paging, CatalogueRepresentation.EngineV2));
    }

    /// <summary>4.2.21 Querying DDM Engine Information (a V3 API).</summary>
    public OperationResult ListEnginesV3(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        return OperationResult.Ok(PagedEngines("engine_groups", paging, CatalogueRepresentation.EngineV3));
    }

    /// <summary>4.2.16 Querying DDM Node Classes Available in an AZ: engine_id is mandatory and must name an engine.</summary>
    public OperationResult ListFlavorsV2(OperationRequest request)
    {
        var engineId = QueryParameters.RequiredString(request.Query, "engine_id");
        var paging = Paging.Read(request.Query, defaultLimit: Paging.MaxLimit);
        RequireEngine(engineId);

        var groups = new JsonArray();
        foreach (var (architecture, flavors) in ByArchitecture())
        {
            var items = new JsonArray();
            foreach (var flavor in paging.Page(flavors))
                items.Add(CatalogueRepresentation.FlavorV2(flavor));
            groups.Add(new JsonObject
            {
                ["offset"] = paging.Offset,
                ["limit"] = paging.Limit,
                ["total"] = flavors.Count,
                ["groupType"] = CatalogueRepresentation.GroupTypeV2(architecture),
                ["computeFlavors"] = items,
            });
        }
        return OperationResult.Ok(new JsonObject { ["computeFlavorGroups"] = groups });
    }

    /// <summary>
    /// 4.2.22 Querying DDM Node Classes Available in Each AZ (a V3 API): at least one of engine_id and
    /// engine_version, naming one engine; available_zones narrows the AZ information to the AZs listed.
    /// </summary>
    public OperationResult ListFlavorsV3(OperationRequest request)
    {
        var engineId = QueryParameters.OptionalString(request.Query, "engine_id");
        var engineVersion = QueryParameters.OptionalString(request.Query, "engine_version");
        var zoneFilter = QueryParameters.OptionalString(request.Query, "available_zones");
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var zones = ZonesOf(zoneFilter);
        ResolveEngine(engineId, engineVersion);

        var groups = new JsonArray();
        foreach (var (architecture, flavors) in ByArchitecture())
        {
            var items = new JsonArray();
            foreach (var flavor in paging.Page(flavors))
                items.Add(CatalogueRepresentation.FlavorV3(flavor, zones));
            groups.Add(new JsonObject
            {
                ["offset"] = paging.Offset,
                ["limit"] = paging.Limit,
                ["total"] = flavors.Count,
                ["group_type"] = CatalogueRepresentation.ArchitectureUpper(architecture),
                ["flavors"] = items,
            });
        }
        return OperationResult.Ok(new JsonObject { ["flavor_groups"] = groups });
    }

    private static JsonObject PagedEngines(string arrayName, Paging paging, Func<Engine, JsonObject> shape)
    {
        var engines = new JsonArray();
        foreach (var engine in paging.Page(EngineCatalogue.All))
            engines.Add(shape(engine));
        return new JsonObject
        {
            [arrayName] = engines,
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = EngineCatalogue.All.Count,
        };
    }

    private static IEnumerable<(Architecture Architecture, IReadOnlyList<Flavor> Flavors)> ByArchitecture()
        => [(Architecture.X86, Of(Architecture.X86)), (Architecture.Arm, Of(Architecture.Arm))];

    private static IReadOnlyList<Flavor> Of(Architecture architecture)
        => FlavorCatalogue.All.Where(f => f.Architecture == architecture).ToList();

    private static Engine RequireEngine(string engineId)
        => EngineCatalogue.ById(engineId)
           ?? throw JsonFields.Invalid($"query parameter engine_id '{engineId}' names no engine (see 4.2.15)");

    private static Engine ResolveEngine(string? engineId, string? engineVersion)
    {
        if (engineId is null && engineVersion is null)
            throw JsonFields.Invalid("at least one of the query parameters engine_id and engine_version is mandatory");
        var engine = engineId is not null
            ? RequireEngine(engineId)
            : EngineCatalogue.All.FirstOrDefault(e => e.Version == engineVersion)
              ?? throw JsonFields.Invalid($"query parameter engine_version '{engineVersion}' names no engine (see 4.2.21)");
        if (engineVersion is not null && engine.Version != engineVersion)
            throw JsonFields.Invalid($"engine {engine.Id} has version {engine.Version}, not {engineVersion}");
        return engine;
    }

    /// <summary>"Use commas to separate multiple AZs … The value cannot be empty"; AZs the region lacks have no information.</summary>
    private static IReadOnlyList<AvailabilityZone> ZonesOf(string? filter)
    {
        if (filter is null)
            return AvailabilityZones.All;
        var codes = filter.Split(',');
        if (codes.Any(c => c.Trim().Length == 0))
            throw JsonFields.Invalid("query parameter available_zones lists an empty AZ");
        return AvailabilityZones.All.Where(z => codes.Any(c => c.Trim() == z.Code)).ToList();
    }
}
