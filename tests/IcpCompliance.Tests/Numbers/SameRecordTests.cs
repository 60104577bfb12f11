using System.Linq;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

/// <summary>A number keeps the character it was written with (==), but every spelling names the same record.</summary>
public sealed class SameRecordTests
{
    private static string Respell(string text, char character) => character + text[1..];

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Every_alias_spelling_is_the_same_record_and_nothing_else_is(IcpFilingNumber f, PsbFilingNumber p, IcpLicenseNumber l, IcpFilingNumber other)
    {
        bool filings = f.Province.Characters.All(c =>
        {
            IcpFilingNumber respelled = IcpFilingNumber.Parse(Respell(f.ToString(), c)).Value;
            return respelled.IsSameRecordAs(f) && (respelled == f) == (c == f.ProvinceCharacter);
        });
        bool psbs = p.Province.Characters.All(c => PsbFilingNumber.Parse(Respell(p.ToString(), c)).Value.IsSameRecordAs(p));
        bool licenses = l.Province.Characters.All(c => IcpLicenseNumber.Parse(Respell(l.ToString(), c)).Value.IsSameRecordAs(l));
        bool distinct = other.IsSameRecordAs(f) == (other.Province == f.Province && other.ToString()[1..] == f.ToString()[1..]);
        bool union = FilingNumber.FromIcpFilingNumber(f).IsSameRecordAs(f) && !FilingNumber.FromIcpFilingNumber(f).IsSameRecordAs(p);
        return filings && psbs && licenses && distinct && union;
    }

    [Fact]
    public void Gansu_and_sichuan_examples()
    {
        Assert.True(IcpFilingNumber.Parse("甘ICP备17001719号-1").Value.IsSameRecordAs(IcpFilingNumber.Parse("陇ICP备17001719号-1").Value));
        Assert.False(IcpFilingNumber.Parse("甘ICP备17001719号-1").Value.IsSameRecordAs(IcpFilingNumber.Parse("陇ICP备17001719号-2").Value));
        Assert.True(PsbFilingNumber.Parse("蜀公网安备51078202110037号").Value.IsSameRecordAs(PsbFilingNumber.Parse("川公网安备51078202110037号", ParseMode.Strict).Value));
    }
}
