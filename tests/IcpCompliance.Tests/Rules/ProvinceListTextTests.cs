using System;
using System.Linq;
using IcpCompliance.Regions;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

/// <summary>
/// Rule texts that name provinces are generated from the province table (issue 22, item 6): each names exactly the
/// provinces whose bureau has the fact, in English and in Chinese, so the text cannot drift from the data.
/// </summary>
public sealed class ProvinceListTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "ICP0601", "registrar" },
        { "ICP0604", "age" },
        { "ICP0611", "foreign-individuals" },
        { "ICP0612", "authorization" },
        { "ICP0613", "same-principal" },
        { "ICP0614", "non-mainland-representative" },
        { "ICP0616", "empty-subject" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_explanation_names_exactly_the_provinces_with_the_fact(string ruleId, string fact)
    {
        Func<BureauRequirements, bool> has = Fact(fact);
        Rule rule = RuleSet.Default.Rules.Single(r => r.Id == ruleId);

        foreach (BureauRequirements bureau in ProvinceRequirements.Default.All)
        {
            Province province = bureau.Province;
            bool named = rule.Explanation.Contains(province.EnglishName, StringComparison.Ordinal);
            bool namedChinese = rule.ExplanationChinese.Contains(province.ShortChineseName, StringComparison.Ordinal);
            Assert.True(has(bureau) == named, $"{ruleId} {(named ? "names" : "does not name")} {province.EnglishName}: {rule.Explanation}");
            Assert.True(has(bureau) == namedChinese, $"{ruleId} {(namedChinese ? "names" : "does not name")} {province.ShortChineseName}: {rule.ExplanationChinese}");
        }
    }

    private static Func<BureauRequirements, bool> Fact(string fact) => fact switch
    {
        "registrar" => b => b.MainlandRegistrarRequired?.Value == true,
        "age" => b => b.MinimumAge is not null,
        "foreign-individuals" => b => b.ForeignIndividualsRefused?.Value == true,
        "same-principal" => b => b.SubjectPrincipalMustBeServicePrincipal?.Value == true,
        "non-mainland-representative" => b => b.NonMainlandLegalRepresentativeMustAuthorize?.Value == true,
        "authorization" => b => b.PrincipalNotLegalRepresentativeNeedsAuthorization is { Value: true, Confirmed: true },
        _ => b => b.EmptySubjectMayAddServices?.Value == true,
    };
}
