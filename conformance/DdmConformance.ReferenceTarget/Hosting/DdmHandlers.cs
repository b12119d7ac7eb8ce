using DdmConformance.ReferenceTarget.Catalogues;
using DdmConformance.ReferenceTarget.DataNodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Parameters;
using DdmConformance.ReferenceTarget.Settings;
using DdmConformance.ReferenceTarget.Tmlogs;
using DdmConformance.ReferenceTarget.Topology;
using DdmConformance.ReferenceTarget.Versions;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// The handlers of the DDM operations, built once per target over one shared state: the instances of
/// every project and the jobs started on them (<see cref="Jobs"/>, for the task APIs of 4.5).
/// </summary>
internal sealed class DdmHandlers
{
    public DdmHandlers(ReferenceTargetOptions options, ActiveDeviations deviations, TimeProvider clock)
    {
        Jobs = new JobStore(clock);
        var access = new InstanceAccess(new InstanceStore(), Jobs, options, clock);
        var answers = new JobAnswers(deviations);
        var topology = new TopologyRepresentation(deviations);
        var templates = new Parameters.Templates.ParameterTemplateStore();

        Versions = new ApiVersionsOperation(deviations);
        Instances = new InstanceOperations(access, new InstanceRepresentation(deviations), deviations, options, templates);
        InstancesV3 = new InstanceV3Operations(access, answers, deviations, options);
        Scaling = new ScalingOperations(access, answers, deviations);
        Groups = new GroupOperations(access, topology, answers, deviations);
        ClassChange = new ClassChangeOperation(access, answers);
        Nodes = new NodeOperations(access, topology, answers, options);
        Catalogues = new CatalogueOperations();
        Parameters = new ParameterOperations(access, deviations);
        Settings = new SettingOperations(access, answers, deviations);
        Network = new NetworkOperations(access, answers);
        DataNodes = new DataNodeOperations(access, deviations);
        RdsConnections = new RdsConnectionCheck(access);
        Tmlogs = new TmlogOperations(access, answers, deviations);
        Context = new ChapterContext(access, Jobs, answers, deviations, options, clock) { Templates = templates };
    }

    /// <summary>What the chapters from 4.3 on build their operations on.</summary>
    public ChapterContext Context { get; }

    public JobStore Jobs { get; }

    public ApiVersionsOperation Versions { get; }

    public InstanceOperations Instances { get; }

    public InstanceV3Operations InstancesV3 { get; }

    public ScalingOperations Scaling { get; }

    public GroupOperations Groups { get; }

    public ClassChangeOperation ClassChange { get; }

    public NodeOperations Nodes { get; }

    public CatalogueOperations Catalogues { get; }

    public ParameterOperations Parameters { get; }

    public SettingOperations Settings { get; }

    public NetworkOperations Network { get; }

    public DataNodeOperations DataNodes { get; }

    public RdsConnectionCheck RdsConnections { get; }

    public TmlogOperations Tmlogs { get; }
}
