using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

/// <summary>Rule messages name every enumeration value in words, never by its identifier.</summary>
public sealed partial class WordingTests
{
    [Fact]
    public void Every_entity_type_has_its_own_lower_case_noun()
    {
        string[] nouns = [.. EntityType.All.Select(t => t.EnglishNoun)];
        Assert.Equal(nouns.Length, nouns.Distinct().Count());
        Assert.All(EntityType.All, t => Assert.NotEqual(t.Name, t.EnglishNoun));
        Assert.All(nouns, n => Assert.Equal(n.ToLowerInvariant(), n));
        Assert.All(nouns, n => Assert.True(n.Length > 2, n));
        Assert.Equal("public institution", EntityType.PublicInstitution.EnglishNoun);
    }

    [Fact]
    public void The_article_fits_the_noun()
    {
        Assert.Equal("an enterprise", Wording.WithArticle("enterprise"));
        Assert.Equal("an individual business", Wording.WithArticle("individual business"));
        Assert.Equal("a government body", Wording.WithArticle("government body"));
        Assert.Equal("a ", Wording.WithArticle(string.Empty));
    }

    [Fact]
    public void Every_residency_and_document_kind_has_its_own_phrase()
    {
        AssertPhrases(Enum.GetValues<Residency>(), Wording.English);
        AssertPhrases(Enum.GetValues<IdentityDocumentKind>(), Wording.English);
        Assert.Equal("a foreign national", Wording.English(Residency.Foreigner));
        Assert.Equal("a Mainland Travel Permit", Wording.English(IdentityDocumentKind.TravelPermit));
        Assert.Equal("42", Wording.English((Residency)42));
        Assert.Equal("42", Wording.English((IdentityDocumentKind)42));
    }

    [Fact]
    public void Every_pre_approval_category_has_its_own_words_in_both_languages()
    {
        PreApprovalCategory[] all = Enum.GetValues<PreApprovalCategory>();
        Assert.Equal(all.Length, all.Select(Wording.English).Distinct().Count());
        Assert.Equal(all.Length, all.Select(Wording.Chinese).Distinct().Count());
        Assert.All(all, c => Assert.Equal(Wording.English(c).ToLowerInvariant(), Wording.English(c)));
        Assert.All(all, c => Assert.True(Wording.English(c).Length > 2, c.ToString()));
        Assert.All(all, c => Assert.True(Wording.Chinese(c).Length >= 2 && Wording.Chinese(c).All(ch => ch is >= '\u4E00' and <= '\u9FFF'), Wording.Chinese(c)));
        Assert.Equal("medical and health care", Wording.English(PreApprovalCategory.Medical));
        Assert.Equal("医疗保健", Wording.Chinese(PreApprovalCategory.Medical));
        Assert.Equal("42", Wording.English((PreApprovalCategory)42));
        Assert.Equal("42", Wording.Chinese((PreApprovalCategory)42));
    }

    private static void AssertPhrases<T>(T[] values, Func<T, string> phrase)
        where T : struct, Enum
    {
        Assert.Equal(values.Length, values.Select(phrase).Distinct().Count());
        Assert.All(values, v => Assert.StartsWith("a ", phrase(v), StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain(v.ToString(), phrase(v), StringComparison.Ordinal));
    }
}
