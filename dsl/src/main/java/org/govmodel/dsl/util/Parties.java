package org.govmodel.dsl.util;

import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Unit;

/** Parties (bodies, units, authorities) as rules and reports see them. */
public final class Parties {

	private Parties() {
	}

	/** The body a party belongs to: itself, or the body containing the unit or authority; null if unresolved. */
	public static Body bodyOf(Party party) {
		if (party == null || party.eIsProxy()) {
			return null;
		}
		return party instanceof Body body ? body : EcoreUtil2.getContainerOfType(party, Body.class);
	}

	/** A party's title; an authority's is followed by its body's: "CTO title (Agency)". */
	public static String titleOf(Party party) {
		if (party instanceof Body body) {
			return body.getTitle();
		}
		if (party instanceof Unit unit) {
			return unit.getTitle();
		}
		Authority authority = (Authority) party;
		Body body = bodyOf(authority);
		return authority.getTitle() + (body == null ? "" : " (" + body.getTitle() + ")");
	}
}
