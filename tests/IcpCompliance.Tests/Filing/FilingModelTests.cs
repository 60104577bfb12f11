using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Testing;
using Xunit;

namespace IcpCompliance.Tests.Filing;

public sealed class FilingModelTests
{
    [Fact]
    public void Samples_are_complete_first_filings()
    {
        var website = SampleFilings.CompanyWebsite;
        Assert.Equal(FilingOperation.FirstFiling, website.Operation);
        Assert.Equal(Province.Beijing, website.Province);
        Assert.Equal(ServiceKind.Website, Assert.Single(website.Services).Kind);
        Assert.Equal("shili-keji.cn", website.Services[0].Domains[0].Domain.Name);
        Assert.NotNull(website.PersonIn(PersonRole.SubjectPrincipal));
        Assert.True(website.Subject.Certificate.IsCreditCode);

        var miniProgram = SampleFilings.WeChatMiniProgram;
        Assert.Equal(Province.Guangdong, miniProgram.Province);
        Assert.Equal(ServiceKind.MiniProgram, miniProgram.Services[0].Kind);
        Assert.NotNull(miniProgram.Services[0].Account?.Administrator);
        Assert.True(miniProgram.Provided(FilingDocument.StampedCommitmentLetter));
        Assert.False(website.Provided(FilingDocument.StampedCommitmentLetter));
    }

    [Fact]
    public void Equality_compares_collection_contents_not_references()
    {
        var original = SampleFilings.CompanyWebsite;
        var copy = original with
        {
            People = original.People.ToArray().ToImmutableArray(),
            Services = original.Services.Select(s => s with { Domains = s.Domains.ToArray().ToImmutableArray() }).ToImmutableArray(),
            Documents = original.Documents.ToArray().ToImmutableArray(),
        };

        Assert.NotSame(original, copy);
        Assert.Equal(original, copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void A_change_anywhere_makes_applications_unequal()
    {
        var original = SampleFilings.CompanyWebsite;
        var renamedService = original with { Services = [original.Services[0] with { Name = "另一个网站" }] };
        var fewerDocuments = original with { Documents = original.Documents.RemoveAt(0) };
        var otherPerson = original with { People = original.People.SetItem(2, original.People[2] with { Name = "赵六" }) };

        Assert.NotEqual(original, renamedService);
        Assert.NotEqual(original, fewerDocuments);
        Assert.NotEqual(original, otherPerson);
        Assert.NotEqual(original, original with { Operation = FilingOperation.AddService });
    }

    [Fact]
    public void Default_collections_read_as_empty()
    {
        var application = SampleFilings.CompanyWebsite with { People = default, Services = default, Documents = default };

        Assert.True(application.People.IsEmpty);
        Assert.True(application.Services.IsEmpty);
        Assert.True(application.Documents.IsEmpty);
        Assert.Null(application.PersonIn(PersonRole.SubjectPrincipal));
        Assert.Equal(application, application with { People = [] });
    }

    [Fact]
    public void Operations_say_which_need_the_sms_step()
    {
        var withSms = FilingOperation.All.Where(o => o.NeedsSmsVerification).Select(o => o.Name).Order();
        Assert.Equal(["AddAccess", "AddService", "Change", "FirstFiling"], withSms);
        Assert.All(FilingOperation.All.Where(o => o.IsCancellation), o => Assert.False(o.NeedsSmsVerification));
    }

    [Fact]
    public void Only_mainland_legal_entities_can_hold_a_commercial_license()
    {
        Assert.False(EntityType.Individual.HasPermanentMainlandPresence);
        Assert.False(EntityType.ForeignRepresentativeOffice.HasPermanentMainlandPresence);
        Assert.True(EntityType.Enterprise.HasPermanentMainlandPresence);
        Assert.False(EntityType.Individual.IsOrganization);
    }

    [Fact]
    public void Address_is_written_province_first_without_repeating_a_municipality()
    {
        var beijing = new Address { Province = Province.Beijing, City = "北京市", Detail = "海淀区1号" };
        var shenzhen = new Address { Province = Province.Guangdong, City = "深圳市", Detail = "南山区2号" };
        Assert.Equal("北京市海淀区1号", beijing.ToString());
        Assert.Equal("广东省深圳市南山区2号", shenzhen.ToString());
    }

    [Fact]
    public void Unions_compare_by_value_with_the_operators_too()
    {
        // A guard once compared certificates with ==, which was reference equality: equal certificates read back
        // from JSON did not match. The unions now define == and != as value equality.
        var a = SubjectCertificate.FromCreditCode(IcpCompliance.Identity.UnifiedSocialCreditCode.Parse("91110108MA01ABCD5T").Value);
        var b = SubjectCertificate.FromCreditCode(IcpCompliance.Identity.UnifiedSocialCreditCode.Parse("91110108MA01ABCD5T").Value);
        var document1 = (IcpCompliance.Identity.IdentityDocument)IcpCompliance.Identity.ResidentIdNumber.Parse("11010519491231002X").Value;
        var document2 = (IcpCompliance.Identity.IdentityDocument)IcpCompliance.Identity.ResidentIdNumber.Parse("11010519491231002X").Value;
        var number1 = IcpCompliance.Numbers.FilingNumber.Parse("京ICP备12345678号-1").Value;
        var number2 = IcpCompliance.Numbers.FilingNumber.Parse("京ICP备12345678号-1").Value;

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(document1 == document2);
        Assert.True(number1 == number2);
        Assert.False(a == null);
        Assert.True((SubjectCertificate?)null == null);
        Assert.True(a != SubjectCertificate.FromIdentityDocument(document1));
    }
}
