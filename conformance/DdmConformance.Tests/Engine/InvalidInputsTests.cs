using System.Text.Json.Nodes;
using DdmConformance.Engine.Planning;

namespace DdmConformance.Tests.Engine;

/// <summary>Inputs the tables forbid are derived inside arrays too, and a rule the documented value already breaks is told apart.</summary>
[TestFixture]
public sealed class InvalidInputsTests
{
    // Shaped like 4.3.1: an array of schemas, each with a name rule, a code of its own and a list of permissions.
    private static readonly JsonObject Schema = (JsonObject)JsonNode.Parse("""
        {"type": "object", "required": ["databases"], "properties": {"databases": {"type": "array", "minItems": 1, "maxItems": 2,
          "items": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "maxLength": 8, "x-error-code": "DBS.300405"},
            "grants": {"type": "array", "x-error-code": "DBS.300309", "items": {"type": "string", "enum": ["SELECT", "INSERT"]}}}}}}}
        """)!;

    private static readonly JsonNode Body = JsonNode.Parse("""{"databases": [{"name": "db1", "grants": ["SELECT"]}]}""")!;

    [Test]
    public void FieldsOfTheFirstArrayItemAreSpoiledOneAtATime()
    {
        var inputs = InvalidInputs.ForBody(Schema, Body).ToList();
        var tooLong = inputs.Single(i => i.Kind == "too-long" && i.Field == "databases[0].name");
        var missing = inputs.Single(i => i.Kind == "missing-required" && i.Field == "databases[0].name");
        Assert.Multiple(() =>
        {
            Assert.That(tooLong.Code, Is.EqualTo("DBS.300405"), "the item field's own code");
            Assert.That(tooLong.Apply(Body).ToJsonString(), Is.EqualTo("""{"databases":[{"name":"db1db1db1","grants":["SELECT"]}]}"""));
            Assert.That(missing.Apply(Body).ToJsonString(), Is.EqualTo("""{"databases":[{"grants":["SELECT"]}]}"""));
            Assert.That(Body.ToJsonString(), Does.Contain("\"db1\""), "the documented body is left as it was");
        });
    }

    [Test]
    public void AScalarItemOutsideItsEnumCarriesTheArraysCode()
    {
        var badEnum = InvalidInputs.ForBody(Schema, Body).Single(i => i.Kind == "bad-enum" && i.Field == "databases[0].grants[0]");
        Assert.Multiple(() =>
        {
            Assert.That(badEnum.Code, Is.EqualTo("DBS.300309"), "x-error-code on the array holds for its items");
            Assert.That(badEnum.Apply(Body)["databases"]![0]!["grants"]![0]!.GetValue<string>(), Is.EqualTo("NOT_A_DOCUMENTED_VALUE"));
        });
    }

    [Test]
    public void ItemCountsOutsideMinItemsAndMaxItemsAreCases()
    {
        var inputs = InvalidInputs.ForBody(Schema, Body).Where(i => i.Field == "databases").ToDictionary(i => i.Kind);
        Assert.Multiple(() =>
        {
            Assert.That(inputs["too-few-items"].Apply(Body)["databases"]!.AsArray(), Is.Empty);
            Assert.That(inputs["too-many-items"].Apply(Body)["databases"]!.AsArray(), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void ARuleTheBaseValueAlreadyBreaksIsRecognised()
    {
        var tooLong = InvalidInputs.ForBody(Schema, Body).Single(i => i.Kind == "too-long" && i.Field == "databases[0].name");
        Assert.Multiple(() =>
        {
            Assert.That(tooLong.BaseKeepsRule!(Body), Is.True);
            Assert.That(tooLong.BaseKeepsRule!(JsonNode.Parse("""{"databases": [{"name": "*********"}]}""")!), Is.False, "a masked 9-character name already breaks maxLength 8");
        });
    }
}
