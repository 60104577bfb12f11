using System;
using IcpCompliance.Filing;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

/// <summary>The <see cref="Rule"/> record: its topic from the id, the scopes it applies to.</summary>
public sealed partial class RuleTests
{
    [Theory]
    [InlineData("ICP0101", RuleTopic.NeedForFiling)]
    [InlineData("ICP0899", RuleTopic.Changes)]
    [InlineData("ICP01011", RuleTopic.Other)]
    [InlineData("XCP0101", RuleTopic.Other)]
    [InlineData("ICP1101", RuleTopic.Other)]
    [InlineData("ICP0001", RuleTopic.Other)]
    [InlineData("ICP0901", RuleTopic.Other)]
    public void The_topic_comes_only_from_ids_of_the_built_in_scheme(string id, RuleTopic topic)
        => Assert.Equal(topic, (RuleSet.Default.Rules[0] with { Id = id }).Topic);

    [Fact]
    public void Applying_to_a_null_operation_is_a_programmer_error()
        => Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Rules[0].AppliesTo((FilingOperation)null!));
}
