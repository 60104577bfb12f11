using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Subjects;

namespace IcpCompliance.Tests.Subjects;

/// <summary>Grouping numbers by subject: services and their kinds, gaps, PSB numbers, mixed and linked records.</summary>
public sealed class SubjectGroupingTests
{
    private static FilingNumber N(string text) => FilingNumber.Parse(text).Value;

    private static NumberRecord Record(string source, params string[] numbers) => new(source, [.. numbers.Select(N)]);

    [Fact]
    public void A_subject_with_sites_1_2_and_5_has_a_gap_3_to_4()
    {
        // Issue #24: "a subject with sites 1, 2 and 5 has cancelled or unknown 3 and 4".
        EstateReport report = SubjectGrouping.Group([N("京ICP备2021012345号-5"), N("京ICP备2021012345号-1"), N("京ICP备2021012345号-2")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal("京ICP备2021012345号", estate.Subject.ToString());
        Assert.Equal([1, 2, 5], estate.Services.Select(s => s.Index));
        Assert.Equal<IndexGap>([new IndexGap(3, 4)], estate.Gaps);
        Assert.Equal(2, estate.Gaps[0].Count);
        Assert.Equal("3–4", estate.Gaps[0].ToString());
        Assert.False(estate.SubjectNumberListed);
    }

    [Fact]
    public void The_kind_comes_from_the_letter_in_one_shared_sequence()
    {
        // Facts §1.1b: website "-1" (no letter), App "-2A", Mini Program "-3X", Quick App "-4K", one sequence.
        EstateReport report = SubjectGrouping.Group([N("陕ICP备2024026116号-4K"), N("陕ICP备2024026116号-2A"), N("陕ICP备2024026116号-1"), N("陕ICP备2024026116号-3X"), N("陕ICP备2024026116号")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal([ServiceKind.Website, ServiceKind.App, ServiceKind.MiniProgram, ServiceKind.QuickApp], estate.Services.Select(s => s.Kind));
        Assert.Empty(estate.Gaps);
        Assert.True(estate.SubjectNumberListed);
        Assert.Equal("陕ICP备2024026116号-2A", Assert.Single(estate.ServicesOf(ServiceKind.App)).Number.ToString());
    }

    [Fact]
    public void One_index_with_two_letters_is_a_conflict()
    {
        EstateReport report = SubjectGrouping.Group([N("沪ICP备2025152989号-3"), N("沪ICP备2025152989号-3X")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal<int>([3], estate.ConflictingIndexes);
        Assert.Equal(2, estate.Services.Length);
    }

    [Fact]
    public void License_services_group_under_the_license()
    {
        EstateReport report = SubjectGrouping.Group([N("粤B2-20090059-1626X"), N("粤B2-20090059"), N("粤B2-20090059-5")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.True(estate.Subject.IsLicense);
        Assert.True(estate.SubjectNumberListed);
        Assert.Equal<IndexGap>([new IndexGap(1, 4), new IndexGap(6, 1625)], estate.Gaps);
    }

    [Fact]
    public void A_psb_number_attaches_to_the_one_service_of_its_record()
    {
        EstateReport report = SubjectGrouping.Group([
            Record("a.example.cn", "湘ICP备2026037508号-1", "湘公网安备43010502002236号"),
            Record("b.example.cn", "湘ICP备2026037508号-2"),
        ]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal("湘公网安备43010502002236号", Assert.Single(estate.Services[0].PsbNumbers).ToString());
        Assert.Empty(estate.Services[1].PsbNumbers);
        Assert.Empty(estate.PsbNumbers);
        Assert.Empty(report.UnattachedPsbNumbers);
        Assert.Equal<string>(["a.example.cn", "b.example.cn"], estate.Sources);
        Assert.Equal<string>(["a.example.cn"], estate.Services[0].Sources);
    }

    [Fact]
    public void A_guangdong_footer_shows_the_subject_number_so_the_psb_number_attaches_to_the_subject()
    {
        // Facts §2: Guangdong sites show the subject number.
        EstateReport report = SubjectGrouping.Group([Record("gd.example.cn", "粤ICP备2021150097号", "粤公网安备44170202000313号")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Empty(estate.Services);
        Assert.Equal("粤公网安备44170202000313号", Assert.Single(estate.PsbNumbers).ToString());
    }

    [Fact]
    public void A_psb_number_alone_or_with_two_subjects_is_unattached()
    {
        EstateReport report = SubjectGrouping.Group([
            Record("alone", "京公网安备11000002000001号"),
            Record("copied", "津ICP备2026011740号-1", "鲁ICP备2023032291号-1", "津公网安备12011402001763号"),
        ]);
        Assert.Equal(["京公网安备11000002000001号", "津公网安备12011402001763号"], report.UnattachedPsbNumbers.Select(u => u.Number.ToString()));
        Assert.Equal("alone", report.UnattachedPsbNumbers[0].Source);
        MixedSubjectRecord mixed = Assert.Single(report.MixedSubjectRecords);
        Assert.Equal("copied", mixed.Source);
        Assert.Equal(["津ICP备2026011740号", "鲁ICP备2023032291号"], mixed.Subjects.Select(s => s.ToString()));
        Assert.Equal(2, report.Estates.Length);
    }

    [Fact]
    public void A_later_clearer_record_attaches_an_unattached_psb_number()
    {
        EstateReport report = SubjectGrouping.Group([
            Record("one", "京公网安备11000002000001号"),
            Record("two", "京ICP备2021012345号-1", "京公网安备11000002000001号"),
        ]);
        Assert.Empty(report.UnattachedPsbNumbers);
        Assert.Single(report.Estates[0].Services[0].PsbNumbers);
    }

    [Fact]
    public void A_license_beside_an_icp_subject_is_linked_not_mixed()
    {
        // Baidu's footer shows its license 京ICP证030173号 beside its filing numbers (facts §1.2).
        EstateReport report = SubjectGrouping.Group([Record("baidu", "京ICP证030173号", "京ICP备03002420号-1", "京公网安备11000002000001号")]);
        Assert.Empty(report.MixedSubjectRecords);
        Assert.Equal(2, report.Estates.Length);
        SubjectEstate license = report.Estates[0];
        SubjectEstate filing = report.Estates[1];
        Assert.True(license.Subject.IsLicense);
        Assert.Equal(filing.Subject, Assert.Single(license.LinkedSubjects));
        Assert.Equal(license.Subject, Assert.Single(filing.LinkedSubjects));
        Assert.Single(filing.Services[0].PsbNumbers);
    }

    [Fact]
    public void Two_spellings_of_a_province_are_one_estate()
    {
        EstateReport report = SubjectGrouping.Group([N("甘ICP备17001719号-1"), N("陇ICP备17001719号-1"), N("陇ICP备17001719号-2")]);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal("甘ICP备17001719号", estate.Subject.ToString());
        Assert.Equal(2, estate.Services.Length);
        Assert.Same(estate, report.Find(IcpFilingNumber.Parse("陇ICP备17001719号-9").Value));
        Assert.Null(report.Find(IcpFilingNumber.Parse("陇ICP备17001710号-9").Value));
    }

    [Fact]
    public void Lines_of_a_csv_are_records()
    {
        const string csv = "domain,icp,psb\n\"a.cn\",\"京ICP备2021012345号-1\",京公网安备 11010802012345号\n\nb.cn,京ICP备2021012345号-3,\nno number here\n";
        var records = NumberRecord.FromLines(csv, "sites.csv");
        Assert.Equal(["sites.csv:2", "sites.csv:4"], records.Select(r => r.Source));
        EstateReport report = SubjectGrouping.Group(records);
        SubjectEstate estate = Assert.Single(report.Estates);
        Assert.Equal<IndexGap>([new IndexGap(2, 2)], estate.Gaps);
        Assert.Equal("京公网安备11010802012345号", Assert.Single(estate.Services[0].PsbNumbers).ToString());
    }

    [Fact]
    public void A_page_is_one_record_of_its_visible_numbers()
    {
        const string page = "<footer><a href=\"https://beian.miit.gov.cn/\">蜀ICP备2026033844号-1</a> <!-- 蜀ICP备2026033844号-9 --><a>川公网安备51010702001250号</a></footer>";
        NumberRecord record = NumberRecord.FromPage(page, "sc.example.cn");
        Assert.Equal(["蜀ICP备2026033844号-1", "川公网安备51010702001250号"], record.Numbers.Select(n => n.ToString()));
        Assert.Equal(record, NumberRecord.FromPage(page, "sc.example.cn"));
    }
}
