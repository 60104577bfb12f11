using System.Collections.Immutable;
using Ardalis.SmartEnum;

namespace IcpCompliance.Filing;

/// <summary>What an application asks the bureau to do (备案类型).</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class FilingOperation : SmartEnum<FilingOperation>
{
    /// <summary>首次备案 The subject's first filing, with its first service(s).</summary>
    public static readonly FilingOperation FirstFiling = new(nameof(FirstFiling), 1, "首次备案", needsSms: true);

    /// <summary>新增网站 / 新增互联网信息服务 A further service for a subject already filed with this provider.</summary>
    public static readonly FilingOperation AddService = new(nameof(AddService), 2, "新增网站", needsSms: true);

    /// <summary>新增接入 A service filed elsewhere now also hosted by this provider.</summary>
    public static readonly FilingOperation AddAccess = new(nameof(AddAccess), 3, "新增接入", needsSms: true);

    /// <summary>变更备案 A change of the subject's or a service's details.</summary>
    public static readonly FilingOperation Change = new(nameof(Change), 4, "变更备案", needsSms: true);

    /// <summary>注销主体 Cancels the subject and every service.</summary>
    public static readonly FilingOperation CancelSubject = new(nameof(CancelSubject), 5, "注销主体", needsSms: false);

    /// <summary>注销网站 / 注销互联网信息服务 Cancels one service.</summary>
    public static readonly FilingOperation CancelService = new(nameof(CancelService), 6, "注销网站", needsSms: false);

    /// <summary>取消接入 Removes this provider's access record only; the filing stays with other providers.</summary>
    public static readonly FilingOperation WithdrawAccess = new(nameof(WithdrawAccess), 7, "取消接入", needsSms: false);

    /// <summary>Every one of the operations, in order of value. Use this rather than the base class's <c>List</c>,
    /// which finds the members by reflection and so does not survive trimming or Native AOT.</summary>
    public static ImmutableArray<FilingOperation> All { get; } = [FirstFiling, AddService, AddAccess, Change, CancelSubject, CancelService, WithdrawAccess];

    private FilingOperation(string name, int value, string chineseName, bool needsSms)
        : base(name, value)
    {
        ChineseName = chineseName;
        NeedsSmsVerification = needsSms;
    }

    /// <summary>The name used by the filing system, in Simplified Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>Whether the Ministry's SMS verification (短信核验) is part of this operation: every operation
    /// except cancellations and access withdrawal.</summary>
    public bool NeedsSmsVerification { get; }

    /// <summary>Whether the operation removes something (a subject, a service or an access record) rather than
    /// filing or changing one.</summary>
    public bool IsCancellation => this == CancelSubject || this == CancelService || this == WithdrawAccess;
}
