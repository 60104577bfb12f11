namespace IcpCompliance.Filing;

/// <summary>The part a person plays in a filing. One human may appear in several roles, each as its own
/// <see cref="Person"/> entry with the same document and mobile number.</summary>
public enum PersonRole
{
    /// <summary>法定代表人 The subject's legal representative.</summary>
    LegalRepresentative = 1,

    /// <summary>主体负责人 The person responsible for the subject.</summary>
    SubjectPrincipal = 2,

    /// <summary>网站负责人 / 服务负责人 The person responsible for one service.</summary>
    ServicePrincipal = 3,

    /// <summary>应急联系人 The emergency contact.</summary>
    EmergencyContact = 4,

    /// <summary>管理员 The administrator of a Mini Program or App account.</summary>
    Administrator = 5,
}
