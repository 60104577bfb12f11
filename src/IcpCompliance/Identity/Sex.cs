namespace IcpCompliance.Identity;

/// <summary>The sex recorded in a resident ID number (性别): the 17th digit is odd for male, even for female.</summary>
public enum Sex
{
    /// <summary>Female (女): the 17th digit is even.</summary>
    Female = 0,

    /// <summary>Male (男): the 17th digit is odd.</summary>
    Male = 1,
}
