namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>The statuses of appendix A.6 (Table A-6) that the target's lifecycle passes through.</summary>
internal enum InstanceStatus
{
    Creating,
    Running,
    Restarting,

    /// <summary>Nodes or a group are being added (4.2.9, 4.2.19, 4.2.24).</summary>
    Growing,

    /// <summary>Nodes or a group are being removed (4.2.10, 4.2.20, 4.2.33).</summary>
    Reducing,

    /// <summary>A node class is being changed (4.2.17). A.6 describes RESIZING as "Class of the DDM instance fail to be changed"; it is the only class-change status it has.</summary>
    Resizing,

    /// <summary>The name is being changed (4.2.35).</summary>
    ModifyName,

    /// <summary>Instance settings are being updated (4.2.26, SSL).</summary>
    SetConfiguration,

    /// <summary>The kernel version is being changed (4.8.2); A.6 has this one status for upgrades and downgrades.</summary>
    UpgradeVersionInstance,

    /// <summary>The kernel version is being rolled back (4.8.3).</summary>
    RollBackDbVersion,

    /// <summary>Metadata or data is being restored into the instance (4.9.8, 4.9.9).</summary>
    Restore,
}

internal static class InstanceStatusWire
{
    /// <summary>The wire value, as Table A-6 spells it.</summary>
    public static string ToWire(this InstanceStatus status) => status switch
    {
        InstanceStatus.Creating => "CREATING",
        InstanceStatus.Running => "RUNNING",
        InstanceStatus.Restarting => "RESTARTING",
        InstanceStatus.Growing => "GROWING",
        InstanceStatus.Reducing => "REDUCING",
        InstanceStatus.Resizing => "RESIZING",
        InstanceStatus.ModifyName => "MODIFY_NAME",
        InstanceStatus.SetConfiguration => "SET_CONFIGURATION",
        InstanceStatus.UpgradeVersionInstance => "UPGRADE_VERSION_INSTANCE",
        InstanceStatus.RollBackDbVersion => "ROLL_BACK_DB_VERSION",
        InstanceStatus.Restore => "RESTORE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
