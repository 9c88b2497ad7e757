/** What the server alone writes (Local API), or what no one may do at all: refused to every user, admins included. */
export const nobody = () => false
