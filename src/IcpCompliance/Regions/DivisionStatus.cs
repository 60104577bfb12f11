namespace IcpCompliance.Regions;

/// <summary>What the division table says about the region code of a resident ID number.</summary>
public enum DivisionStatus
{
    /// <summary>The code was in force at some time in or after the holder's birth year (a code created after the
    /// birth year is fine: numbers are issued after birth), or it is a residence-permit region (81, 82, 83).</summary>
    Valid = 1,

    /// <summary>The table has no entry for the code. Tables are never complete on the day a new code appears, so
    /// this is a reason to look, not proof of a false number.</summary>
    UnknownCode = 2,

    /// <summary>Every entry for the code ended before the birth year: no number for someone born then can carry it.</summary>
    AbolishedBeforeBirth = 3,
}
