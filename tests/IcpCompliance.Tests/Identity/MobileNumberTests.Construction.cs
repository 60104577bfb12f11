using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class MobileNumberTests
{
    [Fact]
    public void The_default_value_is_empty_and_has_no_segment()
    {
        MobileNumber d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Equal(string.Empty, d.InternationalForm);
        Assert.Equal(0, d.Segment);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }
}
