using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpLicenseNumberTests
{
    [Fact]
    public void Equality_compares_character_form_serial_and_its_length()
    {
        IcpLicenseNumber a = Parse("粤ICP证20090059号");
        IcpLicenseNumber same = Parse("粤ICP证20090059号");
        IcpLicenseNumber otherForm = Parse("粤B2-20090059");
        IcpLicenseNumber otherSerial = Parse("粤ICP证20090058号");
        IcpLicenseNumber otherLength = Parse("粤ICP证020090059号");
        IcpLicenseNumber shu = Parse("蜀ICP证20090059号");
        IcpLicenseNumber chuan = Parse("川ICP证20090059号");

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.IsSameRecordAs(same));

        foreach (IcpLicenseNumber other in new[] { otherForm, otherSerial, otherLength })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
            Assert.False(a.IsSameRecordAs(other), other.ToString());
        }

        Assert.False(shu == chuan);
        Assert.True(shu.IsSameRecordAs(chuan));
        Assert.False(shu.IsSameRecordAs(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"粤ICP证20090059号"));
    }
}
