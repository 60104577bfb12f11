using System;
using System.IO;
using System.Text.Json.Nodes;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// Cases stored by 0.1 still read where their path is still legal (the golden files); where the workflow now refuses
/// a step 0.1 allowed (a change approved without its SMS step and review, a change that does not carry the services'
/// numbers, a personal Mini Program's verification), reading fails with an error that names the event, never with a
/// silently different state.
/// </summary>
public sealed class StoredHistoryTests
{
    private static readonly Instant Later = SampleCases.CompanyWebsiteLiveAt + Duration.FromDays(10);

    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    /// <summary>The golden live case as 0.1 would have stored it after a change it completed at once.</summary>
    private static string WithEvents(string file, params JsonObject[] events)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(Golden(file)))!;
        JsonArray history = root["history"]!.AsArray();
        foreach (JsonObject e in events)
        {
            history.Add(e);
        }

        return root.ToJsonString();
    }

    private static JsonObject Event(string name, Instant at, string? property = null, JsonNode? value = null)
    {
        var e = new JsonObject { ["event"] = name, ["at"] = InstantPattern.ExtendedIso.Format(at) };
        if (property is not null)
        {
            e[property] = value;
        }

        return e;
    }

    private static JsonNode ApplicationJson(FilingApplication application) => JsonNode.Parse(IcpJson.Serialize(application))!;

    [Theory]
    [InlineData("company-website-awaiting-sms.case.json")]
    [InlineData("company-website-live.case.json")]
    [InlineData("mini-program-in-verification.case.json")]
    public void The_golden_cases_of_0_1_still_replay(string file)
        => Assert.NotNull(IcpJson.DeserializeCase(File.ReadAllText(Golden(file))));

    [Fact]
    public void A_0_1_change_without_the_services_numbers_fails_naming_the_event()
    {
        FilingApplication change = SampleCases.CompanyWebsiteLive.Application with { Operation = FilingOperation.Change };
        string json = WithEvents(
            "company-website-live.case.json",
            Event("ChangeStarted", Later, "change", ApplicationJson(change)),
            Event("ChangeCompleted", Later + Duration.FromHours(1)));

        IcpJsonException error = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));
        Assert.Contains("ChangeStarted", error.Message, StringComparison.Ordinal);
        Assert.Contains("change-keeps-numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_0_1_change_completed_without_sms_and_review_fails_naming_the_event()
    {
        string json = WithEvents(
            "company-website-live.case.json",
            Event("ChangeStarted", Later, "change", ApplicationJson(WorkflowTestKit.ChangeOf(SampleCases.CompanyWebsiteLive))),
            Event("ChangeCompleted", Later + Duration.FromHours(1)));

        IcpJsonException error = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));
        Assert.Contains("History event 10 (ChangeCompleted) cannot follow the ones before it", error.Message, StringComparison.Ordinal);
        Assert.Contains("ChangeCompleted is not allowed while the case is ChangeInProgress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_0_1_personal_mini_program_verification_fails_naming_the_event()
    {
        // The golden Mini Program case, its subject made an individual: 0.1 let it request verification.
        JsonNode root = JsonNode.Parse(File.ReadAllText(Golden("mini-program-in-verification.case.json")))!;
        root["history"]![0]!["application"]!["subject"]!["entityType"] = "Individual";

        IcpJsonException error = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(root.ToJsonString()));
        Assert.Contains("(PlatformVerificationRequested)", error.Message, StringComparison.Ordinal);
        Assert.Contains("organization-account", error.Message, StringComparison.Ordinal);
    }
}
