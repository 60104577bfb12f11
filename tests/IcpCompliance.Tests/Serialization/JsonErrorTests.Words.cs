using System;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Serialization;

/// <summary>The words and places of JSON errors, one by one: a document or certificate of the wrong shape, dates and
/// names of the wrong token type, long or hostile property names, null documents, and a stored case whose numbers
/// disagree with its history.</summary>
public sealed partial class JsonErrorTests
{
    [Theory]
    [InlineData("{\n        \"kind\": \"ResidentIdCard\",\n        \"number\": \"11010819850315123X\"\n      }", "\"11010819850315123X\"", "Expected the identity document as an object with \"kind\" and \"number\", found String.")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": 1,", "The identity document's \"kind\" must be a string, found Number.")]
    [InlineData("\"number\": \"11010819850315123X\"", "\"number\": true", "The identity document's \"number\" must be a string, found True.")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": \"ResidentIdCard\", \"issuer\": \"x\",", "The identity document has an unknown property \"issuer\"; expected \"kind\" and \"number\".")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "", "The identity document needs both \"kind\" and \"number\".")]
    [InlineData(",\n        \"number\": \"11010819850315123X\"", "", "The identity document needs both \"kind\" and \"number\".")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": \"IdCard\",", "\"IdCard\" is not a kind of identity document; expected ResidentIdCard, ResidencePermit, TravelPermit or Passport.")]
    [InlineData("\"kind\": \"CreditCode\",", "\"kind\": \"License\",", "\"License\" is not a kind of certificate; expected ResidentIdCard, ResidencePermit, TravelPermit, Passport or CreditCode.")]
    [InlineData("\"kind\": \"CreditCode\",", "\"kind\": 7,", "The certificate's \"kind\" must be a string, found Number.")]
    [InlineData("\"documentValidUntil\": \"2035-03-15\"", "\"documentValidUntil\": 20350315", "Expected an ISO date such as 2026-11-23 as a JSON string, found Number.")]
    [InlineData("\"documentValidUntil\": \"2035-03-15\"", "\"documentValidUntil\": \"2035-13-15\"", "\"2035-13-15\" is not an ISO date such as 2026-11-23.")]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": 1", "Expected a EntityType name as a JSON string, found Number.")]
    public void A_value_of_the_wrong_shape_says_what_was_expected_and_where(string find, string replace, string message)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate(find, replace, firstOnly: true)));
        Assert.Equal(message, e.Reason);
        Assert.StartsWith("The JSON is not an application: " + message + " (at $.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_of_an_error_is_counted_from_one()
    {
        string json = ApplicationJsonTests.Mutate("\"entityType\": \"Enterprise\"", "\"entityType\": 1", firstOnly: true);
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));
        int line = json[..json.IndexOf("\"entityType\": 1", StringComparison.Ordinal)].Split('\n').Length;
        Assert.Equal(4, line);
        int column = json.Split('\n')[3].IndexOf('1', StringComparison.Ordinal) + 2; // just after the value, where the reader stood
        Assert.Equal((4, column, "$.subject.entityType"), (e.Line, e.Column, e.Path));
        Assert.Contains($"(at $.subject.entityType, line 4, column {column}); ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith($"（$.subject.entityType，第 4 行第 {column} 列）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_or_hostile_property_name_is_shortened_and_made_printable()
    {
        string name = new string('x', 70);
        IcpJsonException longName = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"" + name + "\": \"x\",", firstOnly: true)));
        Assert.Contains("\"" + new string('x', 64) + "…\"", longName.Message, StringComparison.Ordinal);
        IcpJsonException exact = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"" + name[..64] + "\": \"x\",", firstOnly: true)));
        Assert.Contains("\"" + name[..64] + "\";", exact.Message, StringComparison.Ordinal);
        IcpJsonException control = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"a\\u0007b\": \"x\",", firstOnly: true)));
        Assert.Contains("\"a\uFFFDb\"", control.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text_and_the_JSON_null_are_refused_with_what_was_expected()
    {
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeApplication(null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeCase(null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeRuleReport(null!));
        Assert.StartsWith("The JSON is not an application: the text is the JSON null (at $, line 1, column 1); ", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("null")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The JSON is not a stored case: the text is the JSON null", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase("null")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The JSON is not a rule report: the text is the JSON null", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeRuleReport("null")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => IcpJson.Serialize((FilingApplication)null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.Serialize((FilingCase)null!));
    }

    [Theory]
    [InlineData("\"subjectNumber\": \"京ICP备2026012345号\"", "\"subjectNumber\": \"京ICP备2026012346号\"", "The stored subjectNumber (京ICP备2026012346号) does not match what the history leads to (京ICP备2026012345号).")]
    [InlineData("\"serviceNumbers\": [\n    \"京ICP备2026012345号-1\"\n  ]", "\"serviceNumbers\": [\n    \"京ICP备2026012345号-2\"\n  ]", "The stored serviceNumbers (京ICP备2026012345号-2) does not match what the history leads to (京ICP备2026012345号-1).")]
    [InlineData("\"serviceNumbers\": [", "\"licenseNumber\": \"京B2-20201234\",\n  \"serviceNumbers\": [", "The stored licenseNumber (京B2-20201234) does not match what the history leads to (none).")]
    public void A_stored_number_that_its_history_does_not_lead_to_is_named(string find, string replace, string message)
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        Assert.Contains(find, json, StringComparison.Ordinal);
        int index = json.IndexOf(find, StringComparison.Ordinal); // the stored member, before the history repeats it
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json[..index] + replace + json[(index + find.Length)..]));
        Assert.Equal(message, e.Reason);
    }
}
