using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using IcpCompliance.Fuzz;
using IcpCompliance.Numbers;
using IcpCompliance.Subjects;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Reliability;

/// <summary>
/// Parsers, JSON reading and the footer inspector on hostile input: large (4 M characters here; 100 M measured by
/// hand with <c>IcpCompliance.Fuzz --hostile 100</c>, see docs/reliability.md), deeply nested and unterminated
/// markup, every Unicode category, lone surrogates and NUL characters. None may throw, and time must grow linearly.
/// </summary>
/// <remarks>
/// Linearity is checked without a clock budget: each reader is timed on an input of N and of 16N characters in the
/// same test, best of three, interleaved, so that machine load weighs on both alike. Linear work gives a ratio of
/// about 16, quadratic work about 256; the bound is 64 plus 100 ms of slack (see LooksLinear). The
/// collection runs alone so that the other tests do not compete for the two cores.
/// </remarks>
[Collection(NotInParallel.Name)]
public sealed class HostileInputTests
{
    private const int Small = 1 << 18;
    private const int Factor = 16;

    public static TheoryData<string> ShapeNames() => [.. HostileInputs.Shapes.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Large_hostile_inputs_never_throw_and_take_linear_time(string shape)
    {
        Func<int, string> make = HostileInputs.Shapes.Single(s => s.Name == shape).Make;
        string small = make(Small);
        string large = make(Small * Factor);
        Assert.True(large.Length >= Small * Factor, shape);
        var failures = new List<string>();
        foreach ((string reader, Action<string> read) in HostileInputs.Readers)
        {
            read(small); // JIT and first-use tables out of the measurement.
            (TimeSpan bestSmall, TimeSpan bestLarge) = Best(read, small, large, largeRuns: 3);
            if (!LooksLinear(bestSmall, bestLarge))
            {
                failures.Add($"{reader} on '{shape}': {bestSmall.TotalMilliseconds:0.0} ms for {small.Length} chars, {bestLarge.TotalMilliseconds:0.0} ms for {large.Length}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_linearity_bound_tells_quadratic_work_from_linear_work()
    {
        // The bound above, applied to a deliberately quadratic reader, must fail it: otherwise the test proves nothing.
        static void Quadratic(string s)
        {
            long sum = 0;
            for (int i = 0; i < s.Length; i += 32)
            {
                for (int j = i; j < s.Length; j += 32)
                {
                    sum += s[j];
                }
            }

            GC.KeepAlive(sum);
        }

        // One run of the large input: load only slows it, which cannot make this assertion pass wrongly.
        string small = new('a', Small / 2), large = new('a', Small / 2 * Factor);
        Quadratic(small);
        (TimeSpan bestSmall, TimeSpan bestLarge) = Best(Quadratic, small, large, largeRuns: 1);
        Assert.False(LooksLinear(bestSmall, bestLarge), $"{bestSmall.TotalMilliseconds} ms, {bestLarge.TotalMilliseconds} ms");
    }

    [Fact]
    public void Replaying_a_stored_history_takes_linear_time()
    {
        // Submitted, reviewed and returned again and again: a history that grows without a bound (issue #26 measured
        // 10k events in 0.64 s, 40k in 3.8 s and 160k in 35.6 s while the replay copied the history per event).
        static string Case(int returns)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(IcpCompliance.Serialization.IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!.AsObject();
            var history = node["history"]!.AsArray();
            while (history.Count > 1)
            {
                history.RemoveAt(1);
            }

            node.Remove("subjectNumber");
            node.Remove("serviceNumbers");
            node["state"] = "ReturnedByProvider";
            var at = NodaTime.Instant.FromUtc(2026, 3, 2, 2, 0);
            for (int i = 0; i < returns; i++)
            {
                history.Add(new System.Text.Json.Nodes.JsonObject { ["event"] = "FiledWithProvider", ["at"] = at.ToString() });
                history.Add(new System.Text.Json.Nodes.JsonObject { ["event"] = "ProviderReviewBegan", ["at"] = at.ToString() });
                history.Add(new System.Text.Json.Nodes.JsonObject { ["event"] = "ProviderReturnedApplication", ["at"] = at.ToString(), ["reason"] = "证件照片不清晰" });
                at += NodaTime.Duration.FromMinutes(1);
            }

            return node.ToJsonString();
        }

        string small = Case(1_000), large = Case(1_000 * Factor);
        static void Read(string json) => Assert.Equal(IcpCompliance.Workflow.FilingState.ReturnedByProvider, IcpCompliance.Serialization.IcpJson.DeserializeCase(json).State);
        Read(small);
        (TimeSpan bestSmall, TimeSpan bestLarge) = Best(Read, small, large, largeRuns: 2);
        Assert.True(LooksLinear(bestSmall, bestLarge), $"{bestSmall.TotalMilliseconds:0.0} ms for 3,000 events, {bestLarge.TotalMilliseconds:0.0} ms for 48,000");
    }

    [Fact]
    public void Grouping_many_distinct_psb_numbers_takes_linear_time()
    {
        // Issue 26: each list of PSB numbers (a service's, a subject's, the unattached ones) was searched once per
        // number added, and every unattached number against every attached one at the end.
        static NumberRecord[] Records(int count)
        {
            var records = new NumberRecord[count * 3];
            FilingNumber service = FilingNumber.Parse("京ICP备2021012345号-1").Value, subject = FilingNumber.Parse("京ICP备2021012345号").Value;
            for (int i = 0; i < count; i++)
            {
                FilingNumber Psb(int k) => FilingNumber.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"京公网安备{11010802000000L + (3L * i) + k}号")).Value;
                records[3 * i] = new NumberRecord("service", [service, Psb(0)]);
                records[(3 * i) + 1] = new NumberRecord("subject", [subject, Psb(1)]);
                records[(3 * i) + 2] = new NumberRecord("alone", [Psb(2)]);
            }

            return records;
        }

        static void Group(NumberRecord[] records)
        {
            EstateReport report = SubjectGrouping.Group(records);
            int count = records.Length / 3;
            SubjectEstate estate = Assert.Single(report.Estates);
            Assert.Equal(count, Assert.Single(estate.Services).PsbNumbers.Length);
            Assert.Equal(count, estate.PsbNumbers.Length);
            Assert.Equal(count, report.UnattachedPsbNumbers.Length);
        }

        NumberRecord[] small = Records(4_000), large = Records(4_000 * Factor);
        Group(small);
        (TimeSpan bestSmall, TimeSpan bestLarge) = Best(Group, small, large, largeRuns: 2);
        Assert.True(LooksLinear(bestSmall, bestLarge), $"{bestSmall.TotalMilliseconds:0.0} ms for 12,000 records, {bestLarge.TotalMilliseconds:0.0} ms for 192,000");
    }

    /// <summary>Linear work on 16 times the input takes about 16 times as long, quadratic about 256 times: the
    /// bound sits between, with 100 ms of absolute slack for timer noise, cache effects and a stray GC when the
    /// small input is very fast.</summary>
    private static bool LooksLinear(TimeSpan small, TimeSpan large) => large <= (small * 64) + TimeSpan.FromMilliseconds(100);

    private static (TimeSpan Small, TimeSpan Large) Best<T>(Action<T> read, T small, T large, int largeRuns)
    {
        TimeSpan bestSmall = TimeSpan.MaxValue, bestLarge = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            bestSmall = Min(bestSmall, Time(read, small));
            if (i < largeRuns)
            {
                bestLarge = Min(bestLarge, Time(read, large));
            }
        }

        return (bestSmall, bestLarge);
    }

    public static TheoryData<string> TargetNames() => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Every_unicode_category_lone_surrogates_and_nul_keep_every_targets_invariants(string target)
    {
        Action<string> check = FuzzTargets.All[target];
        string[] templates =
        [
            "{0}", "京ICP备1234{0}5678号-1", "{0}京ICP备12345678号-1{0}", "京公网安备110105{0}02000001号", "粤B2-2009{0}0059",
            "11010519491231002{0}", "91350100M000100Y4{0}", "H1234567{0}", "CHN E1234567{0}", "138{0}12345678", "例子{0}.中国",
            "<a href=\"https://beian.miit.gov.cn/{0}\">京ICP备12345678号-1{0}</a>", "<!--{0}", "<{0}", "&#{0};", "{{\"operation\":\"{0}\"}}",
        ];
        var characters = HostileInputs.EveryCategory.Select(c => c.ToString()).Append("\uD83D\uDE00").Append(HostileInputs.EveryCategory).Append("\0\0\uDFFF\uD800");
        foreach (string c in characters)
        {
            foreach (string template in templates)
            {
                check(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, c));
            }
        }
    }

    [Fact]
    public void Every_category_holds_one_character_of_each_unicode_category()
    {
        var categories = HostileInputs.EveryCategory.Select(char.GetUnicodeCategory).ToHashSet();
        Assert.Equal(Enum.GetValues<System.Globalization.UnicodeCategory>().Length, categories.Count);
    }

    private static TimeSpan Time<T>(Action<T> read, T input)
    {
        var watch = Stopwatch.StartNew();
        read(input);
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
