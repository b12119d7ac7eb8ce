using DdmConformance.Engine.Planning;

namespace DdmConformance.Tests.Engine;

/// <summary>The value an "unknown id" case sends must never be the real one, whatever the real one looks like.</summary>
[TestFixture]
public sealed class UnknownValueTests
{
    [TestCase("mytestdb")]
    [TestCase("DDMuser1")]
    [TestCase("zzzz")]
    [TestCase("1f5c9fd6cd984056ba89c8c87cc03278in09")]
    public void AnUnknownValueDiffersFromTheRealOneEveryTime(string real)
    {
        var drawn = Enumerable.Range(0, 500).Select(_ => CaseBodies.UnknownLike(real)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(drawn, Has.None.EqualTo(real));
            Assert.That(drawn.Select(d => d.Length), Has.All.EqualTo(real.Length).Or.EqualTo(real.Length + 1));
        });
    }
}
