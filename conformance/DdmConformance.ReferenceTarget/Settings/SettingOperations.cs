using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Settings;

/// <summary>
/// 4.2.26 SSL, 4.2.27 port, 4.2.39 read-only: instance settings that instance details show
/// (<c>enable_ssl</c>, <c>access_port</c> and the nodes' <c>port</c>, <c>readonly</c>).
/// </summary>
internal sealed class SettingOperations(InstanceAccess access, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>
    /// 4.2.26 Enabling or Disabling SSL: SET_CONFIGURATION until the job completes, then <c>enable_ssl</c>
    /// shows the new setting. Asking for the current setting is accepted and changes nothing.
    /// </summary>
    public OperationResult SwitchSsl(OperationRequest request)
    {
        var enabled = JsonFields.Root(request.RequiredBody).RequiredBoolean("ssl_enabled");
        var started = access.Begin(request, "SwitchSsl",
            (current, at) => current.Begin(InstanceStatus.SetConfiguration, at.Now, at.DueAt, done => done with { SslEnabled = enabled }));
        return answers.Job(started.Job);
    }

    /// <summary>
    /// 4.2.27 Changing an Instance Port: the nodes restart to listen on the new port (RESTARTING until the
    /// job completes). The document states no range; a port is 1 to 65535.
    /// </summary>
    public OperationResult ChangePort(OperationRequest request)
    {
        var port = JsonFields.Root(request.RequiredBody).RequiredInt32("port");
        FieldRules.Range("port", port, 1, 65535);
        var started = access.Begin(request, "ModifyPort",
            (current, at) => current.Restarting(at.Now, at.DueAt, done => deviations.IsOn(Deviation.PortChangeIgnored) ? done : done with { Port = port }));
        return answers.Job(started.Job);
    }

    /// <summary>
    /// 4.2.39 Setting an Instance to Read-Only: A.6 has no status for it, so the instance stays RUNNING and
    /// the setting holds at once; the job only records the work.
    /// </summary>
    public OperationResult SetReadOnly(OperationRequest request)
    {
        var readOnly = JsonFields.Root(request.RequiredBody).RequiredBoolean("readonly");
        var ignored = deviations.IsOn(Deviation.ReadonlyIgnored);
        var started = access.Begin(request, "SetReadOnly",
            (current, at) => current.Changed(at.Now, i => ignored ? i : i with { ReadOnly = readOnly }));
        return answers.Job(started.Job);
    }
}
