using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Tests.Workflow;
using IcpCompliance.Workflow;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

public sealed class CaseJsonTests
{
    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Every_case_a_random_event_sequence_reaches_round_trips_unchanged()
        => Prop.ForAll(FilingWorkflowPropertyTests.Scenarios, scenario =>
        {
            var filingCase = FilingWorkflowPropertyTests.LastCase(scenario);
            var json = IcpJson.Serialize(filingCase);
            var read = IcpJson.DeserializeCase(json);
            return read == filingCase && IcpJson.Serialize(read) == json;
        });

    [Theory]
    [InlineData("company-website-awaiting-sms.case.json", nameof(SampleCases.CompanyWebsiteAwaitingSms))]
    [InlineData("company-website-live.case.json", nameof(SampleCases.CompanyWebsiteLive))]
    [InlineData("mini-program-in-verification.case.json", nameof(SampleCases.MiniProgramInVerification))]
    public void Golden_cases_written_on_the_first_day_still_read_back_unchanged(string file, string sample)
    {
        // Written once on the day the format was fixed (schema version 1) and never regenerated: a case stored then
        // must read back unchanged for as long as version 1 is read.
        var expected = GoldenExpectations.Case(sample);
        var text = File.ReadAllText(Golden(file));

        var read = IcpJson.DeserializeCase(text);

        Assert.Equal(expected, read);
        Assert.Equal(read, IcpJson.DeserializeCase(IcpJson.Serialize(read)));
    }

    [Fact]
    public void A_stored_case_names_its_schema_version_state_numbers_and_events()
    {
        using var document = JsonDocument.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive));
        var root = document.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Live", root.GetProperty("state").GetString());
        Assert.Equal("京ICP备2026012345号-1", root.GetProperty("serviceNumbers")[0].GetString());
        Assert.Equal("CaseStarted", root.GetProperty("history")[0].GetProperty("event").GetString());
        Assert.Equal("ServiceWentLive", root.GetProperty("history")[root.GetProperty("history").GetArrayLength() - 1].GetProperty("event").GetString());
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "newer than this library reads")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 0", "not one this library wrote")]
    [InlineData("\"state\": \"Live\"", "\"state\": \"PsbFiled\"", "The stored state (PsbFiled) does not match what the history leads to (Live)")]
    [InlineData("\"京ICP备2026012345号-1\"\n  ]", "\"京ICP备2026012345号-2\"\n  ]", "serviceNumbers")]
    [InlineData("\"subjectNumber\": \"京ICP备2026012345号\"", "\"psbNumber\": \"京公网安备11010802012345号\", \"subjectNumber\": \"京ICP备2026012345号\"", "The stored psbNumber (京公网安备11010802012345号) does not match what the history leads to (none)")]
    [InlineData("\"event\": \"ServiceWentLive\"", "\"event\": \"Teleported\"", "Teleported")]
    [InlineData("\"event\": \"CaseStarted\"", "\"event\": \"ServiceWentLive\"", "'application'")]
    public void Tampered_or_foreign_cases_are_refused(string find, string replace, string expected)
    {
        var json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        int index = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        json = json[..index] + replace + json[(index + find.Length)..];

        var exception = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_that_does_not_start_with_the_case_is_refused()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        node["history"]!.AsArray().RemoveAt(0);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString(IcpJson.Options)));

        Assert.Contains("must start with a CaseStarted event", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_the_workflow_refuses_is_refused_naming_the_event()
    {
        // Drop the approval: going live no longer follows an approved filing.
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        var history = node["history"]!.AsArray();
        var approval = history.First(e => (string?)e!["event"] == "FilingApproved");
        history.Remove(approval);
        var json = node.ToJsonString(IcpJson.Options);

        var exception = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Contains("cannot follow the ones before it", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_workflow_replays_stored_cases()
    {
        var json = IcpJson.Serialize(SampleCases.CompanyWebsiteAwaitingSms);

        Assert.Equal(SampleCases.CompanyWebsiteAwaitingSms, IcpJson.DeserializeCase(json, FilingWorkflow.Default));
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeCase(null!));
    }

    [Fact]
    public void An_event_may_name_itself_after_its_data_but_must_name_itself()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        var last = node["history"]!.AsArray()[^1]!.AsObject();
        string kind = (string)last["event"]!;
        last.Remove("event");
        last.Add("event", kind); // now after "at"
        Assert.Equal(SampleCases.CompanyWebsiteLive, IcpJson.DeserializeCase(node.ToJsonString(IcpJson.Options)));

        last.Remove("event");
        var exception = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeCase(node.ToJsonString(IcpJson.Options)));
        Assert.Contains("\"event\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_in_the_history_or_the_recipients_are_refused()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        node["history"]!.AsArray().Add(null);
        Assert.Contains("history[", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString(IcpJson.Options))).Message, StringComparison.Ordinal);

        node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        var started = node["history"]!.AsArray().First(e => (string?)e!["event"] == "SmsVerificationStarted")!;
        started["recipients"]!.AsArray().Add(null);
        Assert.Contains("recipients[", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString(IcpJson.Options))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_with_an_offset_are_read_as_the_same_instant_and_written_in_utc()
    {
        var json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        var shifted = json.Replace("\"2026-03-23T02:00:00Z\"", "\"2026-03-23T10:00:00+08:00\"", StringComparison.Ordinal);
        Assert.NotEqual(json, shifted);

        Assert.Equal(SampleCases.CompanyWebsiteLive, IcpJson.DeserializeCase(shifted));
    }

    [Fact]
    public void The_stored_layout_ignores_the_callers_naming_policy()
    {
        var options = IcpJson.Configure(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper });

        var json = JsonSerializer.Serialize(SampleCases.CompanyWebsiteLive, options);

        Assert.Contains("\"schemaVersion\"", json, StringComparison.Ordinal);
        Assert.Equal(SampleCases.CompanyWebsiteLive, IcpJson.DeserializeCase(json));
    }

    [Fact]
    public void A_lone_surrogate_is_a_json_exception_for_every_reader()
    {
        const string text = "{\"schemaVersion\": 1, \"state\": \"\ud800\"}";

        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeCase(text));
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeCase(text, FilingWorkflow.Default));
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeRuleReport(text));
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication(text));
    }

    [Fact]
    public void The_converter_refuses_null_options_and_a_null_case()
    {
        var converter = new FilingCaseJsonConverter();
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(IcpJson.Serialize(SampleCases.CompanyWebsiteLive));
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        try
        {
            converter.Read(ref reader, typeof(FilingCase), null!);
            Assert.Fail("null options were accepted");
        }
        catch (ArgumentNullException e)
        {
            Assert.Equal("options", e.ParamName);
        }

        var nullReader = new Utf8JsonReader("null"u8);
        nullReader.Read();
        try
        {
            converter.Read(ref nullReader, typeof(FilingCase), IcpJson.Options);
            Assert.Fail("a null case was accepted");
        }
        catch (IcpJsonException e)
        {
            Assert.Equal(("A stored case is an object, not null.", "保存的案件须为对象，不能为 null"), (e.Reason, e.ReasonChinese));
        }
    }

    [Fact]
    public void A_case_is_replayed_through_the_workflow_it_is_read_with()
    {
        var noLaunch = FilingWorkflow.Default.WithTransitions(FilingWorkflow.Default.Transitions.Where(t => t.Event != FilingEventKind.ServiceWentLive));
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);

        Assert.Equal(SampleCases.CompanyWebsiteLive, IcpJson.DeserializeCase(json));
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json, noLaunch));
        Assert.StartsWith("History event 8 (ServiceWentLive) cannot follow the ones before it: ", e.Reason, StringComparison.Ordinal);
    }
}
