using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class PassportNumberTests
{
    [Fact]
    public void The_default_value_is_empty()
    {
        PassportNumber d = default;
        Assert.Equal(string.Empty, d.Number);
        Assert.Equal(string.Empty, d.IssuingCountry);
        Assert.Equal(string.Empty, d.ToString());
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }
}
