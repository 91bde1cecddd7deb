package localdescope

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Demo users created when Options.SeedUsers is set.
const (
	AdminLoginID  = "admin@example.com"
	ViewerLoginID = "viewer@example.com"
	DemoTenantID  = "T-acme"
	demoTenant    = "Acme"
)

const (
	maxUsers          = 10_000
	maxLoginIDLen     = 256
	maxFieldLen       = 256
	maxPasswordLen    = 1024
	maxTrackedRefresh = 50 // recent refresh jtis per user, revoked by logoutall
)

// User is the Descope user object (protocol section E.2), as returned by
// /v1/auth/me and inside JWT responses.
type User struct {
	UserID           string          `json:"userId"`
	LoginIDs         []string        `json:"loginIds"`
	Name             string          `json:"name"`
	GivenName        string          `json:"givenName"`
	MiddleName       string          `json:"middleName"`
	FamilyName       string          `json:"familyName"`
	Email            string          `json:"email"`
	Phone            string          `json:"phone"`
	VerifiedEmail    bool            `json:"verifiedEmail"`
	VerifiedPhone    bool            `json:"verifiedPhone"`
	RoleNames        []string        `json:"roleNames"`
	UserTenants      []UserTenant    `json:"userTenants"`
	Permissions      []string        `json:"permissions"`
	Status           string          `json:"status"`
	Picture          string          `json:"picture"`
	Test             bool            `json:"test"`
	CustomAttributes map[string]any  `json:"customAttributes"`
	CreatedTime      int64           `json:"createdTime"`
	Password         bool            `json:"password"`
	TOTP             bool            `json:"TOTP"`
	WebAuthn         bool            `json:"webauthn"`
	SAML             bool            `json:"SAML"`
	SCIM             bool            `json:"SCIM"`
	Push             bool            `json:"push"`
	OIDC             bool            `json:"OIDC"`
	OAuth            map[string]bool `json:"OAuth"`
	SSOAppIDs        []string        `json:"ssoAppIds"`
	ExternalIDs      []string        `json:"externalIds"`
	Editable         bool            `json:"editable"`
}

// UserTenant is one entry of User.UserTenants.
type UserTenant struct {
	TenantID    string   `json:"tenantId"`
	TenantName  string   `json:"tenantName"`
	RoleNames   []string `json:"roleNames"`
	Permissions []string `json:"permissions"`
}

// clone deep-copies u so callers never share slices with the store, and
// turns nil collections into empty ones so JSON shows [] / {} not null.
func (u User) clone() User {
	c := u
	c.LoginIDs = cloneStrings(u.LoginIDs)
	c.RoleNames = cloneStrings(u.RoleNames)
	c.Permissions = cloneStrings(u.Permissions)
	c.SSOAppIDs = cloneStrings(u.SSOAppIDs)
	c.ExternalIDs = cloneStrings(u.ExternalIDs)
	c.UserTenants = make([]UserTenant, len(u.UserTenants))
	for i, t := range u.UserTenants {
		c.UserTenants[i] = UserTenant{t.TenantID, t.TenantName, cloneStrings(t.RoleNames), cloneStrings(t.Permissions)}
	}
	c.CustomAttributes = map[string]any{}
	c.OAuth = map[string]bool{}
	return c
}

func cloneStrings(s []string) []string { return append([]string{}, s...) }

// profile is the optional user data a sign-up request carries.
type profile struct {
	Name       string `json:"name"`
	GivenName  string `json:"givenName"`
	MiddleName string `json:"middleName"`
	FamilyName string `json:"familyName"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
}

func (p profile) validate() *apiError {
	for _, v := range []string{p.Name, p.GivenName, p.MiddleName, p.FamilyName, p.Email, p.Phone} {
		if len(v) > maxFieldLen || strings.ContainsFunc(v, unicode.IsControl) {
			return errInvalid("user fields must be at most 256 characters without control characters")
		}
	}
	return nil
}

// userRecord is a user plus the emulator's private bookkeeping.
type userRecord struct {
	user User
	// Salted SHA-256 is enough for an in-memory emulator; a real service
	// would use a slow password hash.
	pwSalt, pwHash []byte
	signedInBefore bool             // drives firstSeen
	revokedBefore  int64            // refresh tokens with iat before this are revoked (logoutall)
	refreshJTIs    []trackedRefresh // most recent refresh tokens, for logoutall
}

func (r *userRecord) setPassword(pw string) {
	r.pwSalt = make([]byte, 16)
	_, _ = rand.Read(r.pwSalt)
	r.pwHash = hashPassword(r.pwSalt, pw)
	r.user.Password = true
}

func (r *userRecord) passwordMatches(pw string) bool {
	return r.pwHash != nil && subtle.ConstantTimeCompare(hashPassword(r.pwSalt, pw), r.pwHash) == 1
}

func hashPassword(salt []byte, pw string) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(pw))
	return h.Sum(nil)
}

// trackRefresh remembers a refresh jti so logoutall can revoke it exactly.
func (r *userRecord) trackRefresh(t trackedRefresh) {
	r.refreshJTIs = append(r.refreshJTIs, t)
	if over := len(r.refreshJTIs) - maxTrackedRefresh; over > 0 {
		r.refreshJTIs = slices.Delete(r.refreshJTIs, 0, over)
	}
}

// userStore indexes users by normalised login ID and by user ID.
type userStore struct {
	projectID string
	byLogin   map[string]*userRecord
	byID      map[string]*userRecord
}

func newUserStore(projectID string) *userStore {
	return &userStore{projectID: projectID, byLogin: map[string]*userRecord{}, byID: map[string]*userRecord{}}
}

// find is the user with login ID or user ID id, as the management API takes
// either (the SDK's Load passes a user ID as loginId too); nil if none.
func (st *userStore) find(id string) *userRecord {
	if rec := st.byLogin[normalizeLoginID(id)]; rec != nil {
		return rec
	}
	return st.byID[id]
}

// getOrCreate returns the user for loginID, creating it from p if unknown.
func (st *userStore) getOrCreate(loginID string, p profile, now time.Time) (*userRecord, *apiError) {
	if rec := st.byLogin[loginID]; rec != nil {
		return rec, nil
	}
	return st.create(loginID, p, now)
}

func (st *userStore) create(loginID string, p profile, now time.Time) (*userRecord, *apiError) {
	if st.full() {
		return nil, errUserStoreFull
	}
	if p.Email == "" && looksLikeEmail(loginID) {
		p.Email = loginID
	}
	rec := &userRecord{user: User{
		UserID:      st.userID(loginID),
		LoginIDs:    []string{loginID},
		Name:        p.Name,
		GivenName:   p.GivenName,
		MiddleName:  p.MiddleName,
		FamilyName:  p.FamilyName,
		Email:       p.Email,
		Phone:       p.Phone,
		Status:      "enabled",
		CreatedTime: now.Unix(),
		Editable:    true,
	}}
	st.byLogin[loginID] = rec
	st.byID[rec.user.UserID] = rec
	return rec, nil
}

// full reports whether no new user fits. Only creation is refused then:
// existing users (the seeded ones first) sign in as before.
func (st *userStore) full() bool { return len(st.byLogin) >= maxUsers }

// userID derives a stable "U…" ID from the login ID, so a user keeps the same
// sub across restarts. (Only seeded users exist again after a restart, so
// only their refresh tokens keep working; everyone else signs in again.)
func (st *userStore) userID(loginID string) string {
	sum := sha256.Sum256([]byte("localdescope-user\x00" + st.projectID + "\x00" + loginID))
	return "U" + base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:])[:27]
}

// seedDemoUsers creates the demo users. They hold no project-level roles:
// everything they may do comes from their tenants.
func (st *userStore) seedDemoUsers(now time.Time) {
	seed := func(loginID, name string, tenants ...UserTenant) {
		rec, _ := st.getOrCreate(loginID, profile{Name: name}, now)
		rec.user.VerifiedEmail = true
		rec.user.UserTenants = tenants
	}
	// A tenant's permissions follow from its roles, as after a role change.
	in := func(id, name, role string) UserTenant {
		return UserTenant{TenantID: id, TenantName: name, RoleNames: []string{role}, Permissions: permissionsOf([]string{role})}
	}
	seed(AdminLoginID, "Ada Admin", in(DemoTenantID, demoTenant, "admin"), in(GlobexTenantID, globexTenant, "viewer"))
	seed(ViewerLoginID, "Victor Viewer", in(DemoTenantID, demoTenant, "viewer"))
}

// normalizeLoginID makes login IDs case- and whitespace-insensitive.
func normalizeLoginID(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// validLoginID normalises s and rejects empty, oversized or control-character
// IDs (the latter also keeps log lines single-line).
func validLoginID(s string) (string, *apiError) {
	id := normalizeLoginID(s)
	switch {
	case id == "":
		return "", errMissing("loginId")
	case len(id) > maxLoginIDLen:
		return "", errInvalid("loginId is too long")
	case strings.ContainsFunc(id, unicode.IsControl):
		return "", errInvalid("loginId contains control characters")
	}
	return id, nil
}

// validEmailLoginID is validLoginID plus a minimal email shape check.
func validEmailLoginID(s string) (string, *apiError) {
	id, apiErr := validLoginID(s)
	if apiErr == nil && !looksLikeEmail(id) {
		apiErr = errInvalid("loginId must be an email address")
	}
	return id, apiErr
}

func looksLikeEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && domain != "" && !strings.ContainsAny(domain, "@ ") && !strings.ContainsRune(local, ' ')
}

// maskEmail turns "alice@example.com" into "a***@example.com".
func maskEmail(email string) string {
	local, domain, _ := strings.Cut(email, "@")
	first := []rune(local)[:1]
	return string(first) + "***@" + domain
}
