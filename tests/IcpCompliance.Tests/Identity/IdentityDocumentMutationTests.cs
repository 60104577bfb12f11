using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

/// <summary>The identity document union: kinds, text and equality.</summary>
public sealed class IdentityDocumentMutationTests
{
    [Theory]
    [InlineData("810000199001010019", IdentityDocumentKind.ResidencePermit)]
    [InlineData("820000199001010029", IdentityDocumentKind.ResidencePermit)]
    [InlineData("830000199001010039", IdentityDocumentKind.ResidencePermit)]
    [InlineData("11010519491231002X", IdentityDocumentKind.ResidentIdCard)]
    public void A_resident_id_number_is_a_card_or_a_residence_permit(string text, IdentityDocumentKind kind)
    {
        IdentityDocument d = IdentityDocument.FromResidentIdNumber(ResidentIdNumber.Parse(text).AsT0);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(text, d.ToString());
    }

    [Fact]
    public void Each_kind_formats_as_its_number()
    {
        Assert.Equal("M1234567890", IdentityDocument.FromTravelPermitNumber(TravelPermitNumber.Parse("M1234567890").AsT0).ToString());
        IdentityDocument passport = IdentityDocument.FromPassportNumber(PassportNumber.Parse("E12345678", "CHN").AsT0);
        Assert.Equal(IdentityDocumentKind.Passport, passport.Kind);
        Assert.Equal("CHN E12345678", passport.ToString());
    }

    [Fact]
    public void Equality_is_by_kind_and_value()
    {
        IdentityDocument a = ResidentIdNumber.Parse("11010519491231002X").AsT0;
        IdentityDocument same = ResidentIdNumber.Parse("11010519491231002X").AsT0;
        IdentityDocument other = ResidentIdNumber.Parse("110105194912310003").AsT0;
        IdentityDocument travel = TravelPermitNumber.Parse("H12345678").AsT0;
        IdentityDocument taiwan = TravelPermitNumber.Parse("12345678").AsT0;

        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (IdentityDocument different in new[] { other, travel, taiwan })
        {
            Assert.False(a.Equals(different));
            Assert.False(a.Equals((object)different));
            Assert.False(a == different);
            Assert.True(a != different);
        }

        Assert.False(travel == taiwan);
        Assert.False(a.Equals((IdentityDocument?)null));
        Assert.False(a.Equals((object?)null));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True(a != null);
        Assert.True((IdentityDocument?)null == null);
    }
}
