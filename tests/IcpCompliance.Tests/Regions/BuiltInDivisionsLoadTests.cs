using System.Linq;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

/// <summary>Reading the built-in division table again gives the table every other test uses. <c>Default</c> is read
/// once per process, so a mutation tool that reuses its test host never sees a mutant of the reader through it;
/// reading afresh in the test puts the reader back under test (see <c>BuiltInCalendarLoadTests</c>).</summary>
public sealed class BuiltInDivisionsLoadTests
{
    [Fact]
    public void A_fresh_load_of_the_division_table_equals_the_default_table()
    {
        AdministrativeDivisions fresh = AdministrativeDivisions.LoadBuiltIn();
        Assert.Equal(AdministrativeDivisions.Default.Entries.ToArray(), fresh.Entries.ToArray());
        Assert.Equal(AdministrativeDivisions.Default.Parents(AdministrativeDivisions.Default.Entries[^1]).ToArray(), fresh.Parents(fresh.Entries[^1]).ToArray());
    }
}
