using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

public sealed class RuleReportJsonTests
{
    private static readonly LocalDate Day = new(2026, 11, 23);

    [Property(MaxTest = 300 / Cases.Divisor, Arbitrary = [typeof(ApplicationArbitraries)])]
    public bool Every_report_round_trips_with_its_counts(FilingApplication application)
    {
        var report = RuleSet.Default.Evaluate(application, Day);
        var json = IcpJson.Serialize(report);
        var read = IcpJson.DeserializeRuleReport(json);
        return read == report && read.ErrorCount == report.ErrorCount && read.IsReadyToSubmit == report.IsReadyToSubmit;
    }

    [Fact]
    public void A_report_is_written_with_severity_names_counts_and_readiness()
    {
        var report = RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite with { Documents = [] }, Day);

        using var document = JsonDocument.Parse(IcpJson.Serialize(report));
        var root = document.RootElement;

        Assert.Equal("error", root.GetProperty("findings")[0].GetProperty("severity").GetString()!.ToLowerInvariant());
        Assert.Equal(report.ErrorCount, root.GetProperty("errorCount").GetInt32());
        Assert.False(root.GetProperty("isReadyToSubmit").GetBoolean());
        Assert.StartsWith("ICP", root.GetProperty("findings")[0].GetProperty("ruleId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_in_a_file_are_derived_again_not_trusted()
    {
        var report = RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite with { Documents = [] }, Day);
        var json = IcpJson.Serialize(report).Replace("\"errorCount\": " + report.ErrorCount, "\"errorCount\": 0", StringComparison.Ordinal);

        Assert.Equal(report.ErrorCount, IcpJson.DeserializeRuleReport(json).ErrorCount);
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeRuleReport("{\"findings\": [null]}"));
    }
}
