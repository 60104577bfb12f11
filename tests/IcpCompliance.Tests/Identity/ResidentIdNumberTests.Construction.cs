using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    [Fact]
    public void The_default_value_is_documented_and_has_no_check_character()
    {
        ResidentIdNumber d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.BirthDate);
        Assert.Equal('\0', d.CheckCharacter);
        Assert.Null(d.Province);
        Assert.False(d.IsResidencePermit);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }
}
