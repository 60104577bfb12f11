using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class IdentityDocumentTests
{
    [Fact]
    public void Kind_follows_the_document()
    {
        IdentityDocument id = ResidentIdNumber.Parse("11010519491231002X").Value;
        IdentityDocument permit = ResidentIdNumber.Parse("810000199001010019").Value;
        IdentityDocument travel = TravelPermitNumber.Parse("H12345678").Value;
        IdentityDocument passport = PassportNumber.Parse("E12345678", "CHN").Value;
        Assert.Equal(IdentityDocumentKind.ResidentIdCard, id.Kind);
        Assert.Equal(IdentityDocumentKind.ResidencePermit, permit.Kind);
        Assert.Equal(IdentityDocumentKind.TravelPermit, travel.Kind);
        Assert.Equal(IdentityDocumentKind.Passport, passport.Kind);
        Assert.Equal("CHN E12345678", passport.ToString());
        Assert.Equal(travel, IdentityDocument.FromTravelPermitNumber(TravelPermitNumber.Parse("H12345678").Value));
        Assert.NotEqual(id, permit);
    }

    [Theory]
    [InlineData("810000199001010019", IdentityDocumentKind.ResidencePermit)]
    [InlineData("820000199001010029", IdentityDocumentKind.ResidencePermit)]
    [InlineData("830000199001010039", IdentityDocumentKind.ResidencePermit)]
    [InlineData("11010519491231002X", IdentityDocumentKind.ResidentIdCard)]
    public void A_resident_id_number_is_a_card_or_a_residence_permit(string text, IdentityDocumentKind kind)
    {
        IdentityDocument d = IdentityDocument.FromResidentIdNumber(ResidentIdNumber.Parse(text).Value);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(text, d.ToString());
    }
}
