using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Domain.Announcements;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Audit;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Domain.Terms;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>
/// The portal's database: Identity tables plus the competition model. Provider-neutral (configurations use no
/// column types, schemas or SQL); the provider and its migrations assembly are chosen in
/// <see cref="DatabaseProviderSetup"/>.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IPortalDbContext, IDataProtectionKeyContext
{
    /// <summary>
    /// The data-protection key ring (cookies, antiforgery tokens), shared by every instance of the portal: not on
    /// <see cref="IPortalDbContext"/>, only ASP.NET Core's key manager reads and writes it.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CompetitionTask> Tasks => Set<CompetitionTask>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<TeamInvitation> TeamInvitations => Set<TeamInvitation>();

    public DbSet<TeamRegistration> Registrations => Set<TeamRegistration>();

    public DbSet<TermsVersion> TermsVersions => Set<TermsVersion>();

    public DbSet<TermsAcceptance> TermsAcceptances => Set<TermsAcceptance>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<DatasetContent> DatasetContents => Set<DatasetContent>();

    /// <summary>Hidden answers: not on <see cref="IPortalDbContext"/>; reached through <see cref="IGoldDatasetStore"/> only.</summary>
    public DbSet<GoldDataset> GoldDatasets => Set<GoldDataset>();

    public DbSet<GoldDatasetContent> GoldDatasetContents => Set<GoldDatasetContent>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionContent> SubmissionContents => Set<SubmissionContent>();

    public DbSet<QuotaSlot> QuotaSlots => Set<QuotaSlot>();

    public DbSet<QuotaLedgerEntry> QuotaLedger => Set<QuotaLedgerEntry>();

    public DbSet<PhaseBoard> PhaseBoards => Set<PhaseBoard>();

    public DbSet<BoardSnapshot> BoardSnapshots => Set<BoardSnapshot>();

    public DbSet<BoardSnapshotRow> BoardSnapshotRows => Set<BoardSnapshotRow>();

    public DbSet<BoardModeration> BoardModerations => Set<BoardModeration>();

    public DbSet<TeamMerge> TeamMerges => Set<TeamMerge>();

    public DbSet<TeamMergeSubmission> TeamMergeSubmissions => Set<TeamMergeSubmission>();

    public DbSet<BaselineEntry> Baselines => Set<BaselineEntry>();

    public DbSet<BaselineModel> BaselineModels => Set<BaselineModel>();

    public DbSet<BaselineModelContent> BaselineModelContents => Set<BaselineModelContent>();

    public DbSet<BaselineRun> BaselineRuns => Set<BaselineRun>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<BoardAnalysis> BoardAnalyses => Set<BoardAnalysis>();

    public DbSet<FactSheetForm> FactSheetForms => Set<FactSheetForm>();

    public DbSet<FactSheet> FactSheets => Set<FactSheet>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();

    public DbSet<PhaseReminder> PhaseReminders => Set<PhaseReminder>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public IQueryable<UserSummary> UserSummaries =>
        Users.AsNoTracking().Select(u => new UserSummary
        {
            Id = u.Id,
            Email = u.Email ?? "",
            DisplayName = u.DisplayName,
            PreferredLanguage = u.PreferredLanguage,
            IsOrganizer = UserRoles.Any(ur => ur.UserId == u.Id && Roles.Any(r => r.Id == ur.RoleId && r.Name == PortalRoles.Organizer)),
            EmailConfirmed = u.EmailConfirmed,
            LockoutEnd = u.LockoutEnd,
            CreatedAt = u.CreatedAt,
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every instant is UTC; SQLite and SQL Server hand DateTime back as Unspecified, so mark it UTC on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Gives every new or changed versioned row a fresh version; the original value is what the UPDATE checks,
    /// so a concurrent save fails with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
