using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Rules;

/// <summary>The division rules (ICP0405, ICP0406) take a fast path and share their lookups within an evaluation;
/// whatever ID numbers the people carry, they must report exactly what <see cref="ResidentIdNumber.CheckRegionCode"/>
/// says, on the right person.</summary>
public sealed class DivisionRulePropertyTests
{
    // Codes that exist, were abolished, or never existed, so every status is reached often.
    private static readonly int[] Codes = [110108, 110103, 120110, 110111, 510190, 440305, 110201, 990101, 130000, 810000];

    private static readonly Gen<ResidentIdNumber> Numbers =
        from code in Gen.Elements(Codes)
        from year in Gen.Choose(1950, 2010)
        from day in Gen.Choose(0, 364)
        from sequence in Gen.Choose(0, 999)
        let birth = new LocalDate(year, 1, 1).PlusDays(day)
        select new ResidentIdNumber((((ulong)code * 100_000_000UL) + (ulong)((birth.Year * 10_000) + (birth.Month * 100) + birth.Day)) * 1000UL + (ulong)sequence);

    [Xunit.Fact]
    public void The_generated_numbers_reach_every_status()
    {
        var statuses = Numbers.Sample(500, 0)
            .Where(n => !n.IsResidencePermit)
            .Select(n => n.CheckRegionCode(AdministrativeDivisions.Default).Status)
            .Distinct()
            .ToArray();

        Xunit.Assert.Contains(DivisionStatus.Valid, statuses);
        Xunit.Assert.Contains(DivisionStatus.UnknownCode, statuses);
        Xunit.Assert.Contains(DivisionStatus.AbolishedBeforeBirth, statuses);
    }

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Findings_match_the_division_check_person_by_person()
        => Prop.ForAll(Gen.ArrayOf(Numbers, 3).ToArbitrary(), Numbers.ToArbitrary(), (peopleNumbers, principalNumber) =>
        {
            var sample = SampleFilings.CompanyWebsite;
            var people = sample.People.Select((p, i) => p with { Document = (IdentityDocument)peopleNumbers[i % peopleNumbers.Length] }).ToArray();
            var service = sample.Services[0] with { Principal = sample.Services[0].Principal with { Document = (IdentityDocument)principalNumber } };
            var application = sample with { People = [.. people], Services = [service] };

            var report = RuleSet.Default.Evaluate(application, new LocalDate(2026, 3, 24));
            var reported = report.Findings.Where(f => f.RuleId is "ICP0405" or "ICP0406").Select(f => (f.RuleId, f.Path)).OrderBy(x => x.Path).ThenBy(x => x.RuleId).ToArray();

            var expected = people.Select((p, i) => (Number: ((IdentityDocument)p.Document).AsT0, Path: $"People[{i}].Document"))
                .Append((Number: principalNumber, Path: "Services[0].Principal.Document"))
                .Select(x => (Check: x.Number.IsResidencePermit ? null : x.Number.CheckRegionCode(AdministrativeDivisions.Default), x.Path))
                .Where(x => x.Check is { Status: DivisionStatus.UnknownCode or DivisionStatus.AbolishedBeforeBirth })
                .Select(x => (RuleId: x.Check!.Status == DivisionStatus.UnknownCode ? "ICP0405" : "ICP0406", x.Path))
                .OrderBy(x => x.Path).ThenBy(x => x.RuleId).ToArray();

            return reported.SequenceEqual(expected).Label($"reported {string.Join(",", reported)}; expected {string.Join(",", expected)}");
        });
}
