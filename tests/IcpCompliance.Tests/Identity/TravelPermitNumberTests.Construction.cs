using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class TravelPermitNumberTests
{
    [Fact]
    public void The_default_value_is_documented_and_formats_as_nothing()
    {
        TravelPermitNumber d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Kind);
        Assert.False(d.IsOlderForm);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }
}
