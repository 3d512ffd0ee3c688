package org.csapriority.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets a %2F in a path reach the application, whose firewall refuses it, so that a traversal attempt such as
 * {@code ..%2F..%2Fpom.xml} gets the API's JSON 400 rather than the servlet container's HTML page.
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

	@Override
	public void customize(org.apache.catalina.connector.Connector connector) {
		connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}
}
