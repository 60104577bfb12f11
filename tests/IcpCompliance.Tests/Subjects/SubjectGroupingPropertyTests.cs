using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Subjects;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Subjects;

/// <summary>The laws of grouping: a partition of the ICP numbers by subject, every PSB number accounted for, gaps
/// exactly the missing places.</summary>
public sealed class SubjectGroupingPropertyTests
{
    // Few subjects, few indexes: numbers collide often, so subjects gather several services and records mix.
    private static readonly Gen<IcpFilingNumber> Subjects = Gen.Elements(
        IcpFilingNumber.Parse("京ICP备2021012345号").Value,
        IcpFilingNumber.Parse("甘ICP备17001719号").Value,
        IcpFilingNumber.Parse("陇ICP备17001719号").Value,
        IcpFilingNumber.Parse("粤B2-20090059-1").Value,
        IcpFilingNumber.Parse("京ICP证030173号-1").Value);

    private static readonly Gen<FilingNumber> Clustered =
        from subject in Subjects
        from index in Gen.Choose(0, 12)
        from suffix in Gen.Elements(ServiceSuffix.None, ServiceSuffix.None, ServiceSuffix.App, ServiceSuffix.MiniProgram, ServiceSuffix.QuickApp)
        select index == 0
            ? (subject.LicenseNumber is IcpLicenseNumber license ? (FilingNumber)license : subject.SubjectNumber!.Value)
            : (FilingNumber)(subject.LicenseNumber is IcpLicenseNumber l ? l.WithServiceIndex(index, suffix) : subject.WithServiceIndex(index, suffix));

    private static readonly Gen<FilingNumber> AnyNumber = Gen.Frequency(
        (6, Clustered),
        (2, NumberGenerators.IcpFilingNumberGen.Select(n => (FilingNumber)n)),
        (1, NumberGenerators.IcpLicenseNumberGen.Select(n => (FilingNumber)n)),
        (2, Gen.Elements(PsbFilingNumber.Parse("京公网安备11000002000001号").Value, PsbFilingNumber.Parse("湘公网安备43010502002236号").Value).Select(n => (FilingNumber)n)),
        (1, NumberGenerators.PsbFilingNumberGen.Select(n => (FilingNumber)n)));

    private static readonly Gen<NumberRecord[]> Records =
        Gen.ListOf(Gen.ListOf(AnyNumber).Select(l => l.Take(5).ToArray()))
            .Select(rs => rs.Take(12).Select((numbers, i) => new NumberRecord("r" + i, [.. numbers])).ToArray());

    [Property(MaxTest = 500 / Cases.Divisor)]
    public Property Groups_are_a_partition_of_the_icp_and_license_numbers() => Prop.ForAll(Records.ToArbitrary(), records =>
    {
        EstateReport report = SubjectGrouping.Group(records);
        FilingNumber[] given = [.. records.SelectMany(r => r.Numbers)];

        // Every ICP or license number is in exactly one estate: the one of its subject.
        bool each = given.Where(n => n.Kind != FilingNumberKind.Psb).All(n =>
        {
            SubjectNumber.TryOf(n, out SubjectNumber subject);
            var holders = report.Estates.Where(e => Holds(e, n)).ToList();
            return holders.Count == 1 && holders[0].Subject.IsSameRecordAs(subject);
        });

        // No two estates are of one subject, and no estate holds a number that was not given.
        bool distinct = report.Estates.Select(e => e.Subject).Distinct(new SameRecord()).Count() == report.Estates.Length;
        bool nothingInvented = report.Estates.All(e =>
            e.Services.All(s => given.Any(n => n.Kind == FilingNumberKind.IcpFiling && n.AsT0.IsSameRecordAs(s.Number)))
            && (!e.SubjectNumberListed || given.Any(n => n.Kind != FilingNumberKind.Psb && IsSubjectOwn(n, e.Subject))));

        // Every PSB number given is attached or unattached, never both, and none is invented.
        PsbFilingNumber[] attached = [.. report.Estates.SelectMany(e => e.PsbNumbers.Concat(e.Services.SelectMany(s => s.PsbNumbers)))];
        bool psbs = given.Where(n => n.Kind == FilingNumberKind.Psb).Select(n => n.AsT2).All(p =>
            attached.Any(a => a.IsSameRecordAs(p)) != report.UnattachedPsbNumbers.Any(u => u.Number.IsSameRecordAs(p)))
            && attached.Concat(report.UnattachedPsbNumbers.Select(u => u.Number)).All(p => given.Any(n => n.Kind == FilingNumberKind.Psb && n.AsT2.IsSameRecordAs(p)));
        return each && distinct && nothingInvented && psbs;
    });

    [Property(MaxTest = 500 / Cases.Divisor)]
    public Property Gaps_and_indexes_cover_one_to_the_highest_index_exactly_once() => Prop.ForAll(Records.ToArbitrary(), records =>
        SubjectGrouping.Group(records).Estates.All(e =>
        {
            var indexes = e.Services.Select(s => s.Index).Distinct().ToList();
            var missing = e.Gaps.SelectMany(g => Enumerable.Range(g.First, g.Count)).ToList();
            int highest = indexes.Count == 0 ? 0 : indexes.Max();
            return indexes.Concat(missing).Order().SequenceEqual(Enumerable.Range(1, highest))
                && e.Gaps.All(g => g.First <= g.Last)
                && e.ConflictingIndexes.All(i => e.Services.Count(s => s.Index == i) > 1);
        }));

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Mixed_records_are_those_with_two_subjects_of_one_form() => Prop.ForAll(Records.ToArbitrary(), records =>
    {
        EstateReport report = SubjectGrouping.Group(records);
        return records.All(r =>
        {
            var subjects = r.Numbers.Where(n => n.Kind != FilingNumberKind.Psb)
                .Select(n => { SubjectNumber.TryOf(n, out SubjectNumber s); return s; })
                .Distinct(new SameRecord()).ToList();
            bool expected = subjects.Count(s => s.IsLicense) > 1 || subjects.Count(s => !s.IsLicense) > 1;
            return report.MixedSubjectRecords.Any(m => m.Source == r.Source) == expected;
        });
    });

    private static bool Holds(SubjectEstate estate, FilingNumber number)
        => number.Kind == FilingNumberKind.IcpFiling && !number.AsT0.IsSubjectNumber
            ? estate.Services.Any(s => s.Number.IsSameRecordAs(number.AsT0))
            : estate.SubjectNumberListed && IsSubjectOwn(number, estate.Subject);

    private static bool IsSubjectOwn(FilingNumber number, SubjectNumber subject)
        => SubjectNumber.TryOf(number, out SubjectNumber own) && own.IsSameRecordAs(subject)
            && (number.Kind == FilingNumberKind.IcpLicense || number.AsT0.IsSubjectNumber);

    private sealed class SameRecord : IEqualityComparer<SubjectNumber>
    {
        public bool Equals(SubjectNumber x, SubjectNumber y) => x.IsSameRecordAs(y);

        public int GetHashCode(SubjectNumber obj) => obj.IsLicense ? obj.LicenseNumber!.Value.Serial.GetHashCode(System.StringComparison.Ordinal) : obj.FilingNumber!.Value.Serial.GetHashCode(System.StringComparison.Ordinal);
    }
}
