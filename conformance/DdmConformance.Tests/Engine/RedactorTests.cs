using DdmConformance.Engine.Http;

namespace DdmConformance.Tests.Engine;

public sealed class RedactorTests
{
    [Test]
    public void ConfiguredSecretsAreMaskedWhereverTheyAppear()
    {
        var redactor = new Redactor(["tok-123456"]);
        Assert.That(redactor.Text("url?x=tok-123456 and header tok-123456"), Does.Not.Contain("tok-123456"));
    }

    [Test]
    public void PasswordsInJsonBodiesAreMaskedEvenWhenDocumented()
    {
        var body = "{\"admin_password\": \"Docum3nted!Pass\", \"password\":\"x\\\"y\", \"name\": \"keep\"}";
        var redacted = new Redactor([]).Body(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(redacted, Does.Not.Contain("Docum3nted"));
            Assert.That(redacted, Does.Not.Contain("x\\\"y"));
            Assert.That(redacted, Does.Contain("\"name\": \"keep\""));
        });
    }

    [Test]
    public void AuthenticationHeadersAreMasked()
    {
        var headers = new Redactor([]).Headers([new("X-Auth-Token", "abc"), new("Authorization", "SDK-HMAC-SHA256 Access=AK"), new("Accept", "application/json")]);
        Assert.That(headers.Select(h => h.Value), Is.EqualTo(new[] { Redactor.Mask, Redactor.Mask, "application/json" }));
    }
}
