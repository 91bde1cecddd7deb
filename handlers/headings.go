package handlers

// heading is the page's h1 and lede. It sits outside #container, so every
// fragment carries it as an <hx-partial> too (partials/nav_update): after a
// sign-in, sign-out or refusal the words above the content match it, in the
// same response.
type heading struct {
	Title string
	Lede  string
}

// headingFor says what the page is, for this visitor, in this state.
// v.Nav must be built first (the admin heading names the tenant).
func headingFor(v *view) heading {
	switch {
	case v.Problem != nil:
		return heading{Title: v.Problem.Title, Lede: v.Problem.Detail}
	case v.SignedOut:
		return heading{Title: "You have signed out", Lede: "Your session has ended in this browser. Sign in again whenever you like."}
	case v.Session == nil:
		return guestHeadings[v.Page]
	}
	switch v.Page {
	case profilePage.name:
		return heading{Title: "Your profile", Lede: "Everything below comes from your validated session token."}
	case adminPage.name:
		where := "your current tenant"
		if v.Nav.Tenant != nil {
			where = v.Nav.Tenant.Name
		}
		return heading{Title: "Admin", Lede: "The users of " + where + ", from Descope's management API."}
	}
	who := v.Session.Name
	if who == "" {
		who = v.Session.Email
	}
	if who == "" {
		return heading{Title: "Welcome", Lede: signedInLede}
	}
	return heading{Title: "Welcome, " + who, Lede: signedInLede}
}

const signedInLede = "You are signed in. The server validated your Descope session before it rendered this page."

// guestHeadings: what each page asks of a visitor who is not signed in.
var guestHeadings = map[string]heading{
	homePage.name:    {Title: "Sign in", Lede: "Sign in with Descope. The server validates your session on every request, and htmx swaps in what it decides."},
	profilePage.name: {Title: "Sign in to see your profile", Lede: "Your profile shows what your validated session token says about you."},
	adminPage.name:   {Title: "Sign in to open Admin", Lede: "Admin lists the users of your current tenant. It needs the admin role there."},
	errorPage.name:   {Title: "Sign in", Lede: "Sign in with Descope to continue."},
}
