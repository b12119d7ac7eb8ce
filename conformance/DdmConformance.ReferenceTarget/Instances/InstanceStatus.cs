namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>The statuses of appendix A.6 (Table A-6) that the target's lifecycle passes through.</summary>
internal enum InstanceStatus
{
    Creating,
    Running,
    Restarting,
}

internal static class InstanceStatusWire
{
    /// <summary>The wire value, as Table A-6 spells it.</summary>
    public static string ToWire(this InstanceStatus status) => status switch
    {
        InstanceStatus.Creating => "CREATING",
        InstanceStatus.Running => "RUNNING",
        InstanceStatus.Restarting => "RESTARTING",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
