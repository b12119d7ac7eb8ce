using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Target;

namespace DdmConformance.Tests.Support;

/// <summary>
/// Base of the target tests: a fresh reference target for every test, so that no test sees the instances,
/// jobs or audit entries of another, and a client of its project. A class that needs other delays,
/// deviations or a token of its own overrides <see cref="Options"/>.
/// </summary>
public abstract class TargetFixture
{
    /// <summary>The token the target accepts and <see cref="Client"/> sends.</summary>
    protected const string Token = "target-test-token";

    private RunningTarget target = null!;

    protected ProjectClient Client => target.Client;

    /// <summary>
    /// Short delays: long enough for a test to see an instance CREATING, RESTARTING or in a change,
    /// short enough for it to wait until RUNNING again.
    /// </summary>
    protected virtual ReferenceTargetOptions Options => new()
    {
        Token = Token,
        ProvisioningDelay = TimeSpan.FromMilliseconds(50),
        RestartDelay = TimeSpan.FromMilliseconds(50),
        ChangeDelay = TimeSpan.FromMilliseconds(300),
    };

    [SetUp]
    public async Task StartTarget() => target = await RunningTarget.StartAsync(Options);

    [TearDown]
    public async Task StopTarget() => await target.DisposeAsync();
}
