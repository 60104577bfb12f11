using System;
using System.Linq;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

public sealed partial class ProvinceRequirementsTests
{
    [Fact]
    public void Tables_name_the_province_that_is_missing_or_repeated()
    {
        BureauRequirements[] all = [.. ProvinceRequirements.Default.All];
        ArgumentException twice = Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create([.. all, all[0]]));
        Assert.StartsWith("Province Beijing appears twice.", twice.Message, StringComparison.Ordinal);
        ArgumentException missing = Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create(all.Skip(1)));
        Assert.StartsWith("Province Beijing is missing.", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ProvinceRequirements.Create([.. all.Skip(1), null!]));
        Assert.Throws<ArgumentNullException>(() => ProvinceRequirements.Default.With(null!));
    }
}
