using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class IdentityDocumentTests
{
    [Fact]
    public void Each_kind_formats_as_its_number()
    {
        Assert.Equal("M1234567890", IdentityDocument.FromTravelPermitNumber(TravelPermitNumber.Parse("M1234567890").Value).ToString());
        IdentityDocument passport = IdentityDocument.FromPassportNumber(PassportNumber.Parse("E12345678", "CHN").Value);
        Assert.Equal(IdentityDocumentKind.Passport, passport.Kind);
        Assert.Equal("CHN E12345678", passport.ToString());
    }
}
