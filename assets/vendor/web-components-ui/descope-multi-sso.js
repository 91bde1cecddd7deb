/*! For license information please see descope-multi-sso.js.LICENSE.txt */
"use strict";(self.webpackChunk_descope_web_components_ui=self.webpackChunk_descope_web_components_ui||[]).push([[461,1202,2294,4188,4551,5087,6724,9536],{77888(t,e,o){o.d(e,{T:()=>s,e:()=>d});var n=o(88961),r=o(72270),i=o(25964),a=o(63200);const s=(0,i.xE)("badge");class l extends((0,r.qu)({componentName:s,baseSelector:":host > div"})){static get observedAttributes(){return["data-attachment-size","shrink-to-indicator-threshold"]}constructor(){super(),this.attachShadow({mode:"open"}).innerHTML="\n\t\t<div>\n      <slot></slot>\n\t\t</div>\n\t\t",(0,i.fz)("\n      :host {\n        display: inline-flex;\n      }\n      :host > div {\n        position: relative;\n        width: 100%;\n        text-overflow: ellipsis;\n        overflow: hidden;\n        white-space: nowrap;\n      }\n      ",this)}get shrinkToIndicatorThreshold(){return this.getAttribute("shrink-to-indicator-threshold")||65}#t(t){this.toggleAttribute("shrink-to-indicator",parseFloat(t)<this.shrinkToIndicatorThreshold)}attributeChangedCallback(t,e,o){super.attributeChangedCallback?.(t,e,o),"data-attachment-size"===t&&e!==o&&this.#t(o)}}const d=(0,a.Zz)((0,n.RF)({mappings:{hostWidth:[{selector:()=>":host",property:"width"}],hostHeight:[{selector:()=>":host",property:"height"}],hostDirection:{property:"direction"},fontFamily:{},fontSize:{},fontWeight:{},textTransform:{},verticalPadding:[{property:"padding-top"},{property:"padding-bottom"}],horizontalPadding:[{property:"padding-left"},{property:"padding-right"}],borderWidth:{},borderStyle:{},borderColor:{},borderRadius:{},backgroundColor:{},textColor:{property:"color"},textAlign:{},boxShadow:{},textIndent:{}}}),n.VO,n.tQ)(l)},11065(t,e,o){o.r(e),o.d(e,{BadgeClass:()=>n.e,componentName:()=>n.T});var n=o(77888);customElements.define(n.T,n.e)},19624(t,e,o){o.d(e,{J:()=>u,T:()=>l});var n=o(63200),r=o(25964),i=o(88961),a=o(98538),s=o(10767);const l=(0,r.xE)("button"),{host:d,label:c,slottedIcon:p}={host:{selector:()=>":host"},label:{selector:"::part(label)"},slottedIcon:{selector:()=>"::slotted(descope-icon)"}};let h;const u=(0,n.Zz)((0,i.DM)({triggers:[{attr:"full-width",value:"true"}]}),(0,i.RF)({mappings:{hostWidth:{property:"width"},hostMaxWidth:{...d,property:"max-width"},hostHeight:{property:"height"},hostDirection:{...d,property:"direction"},fontSize:{},fontFamily:{},fontWeight:{},cursor:{},backgroundColor:{},outlineOffset:{},outlineColor:{},outlineStyle:{},outlineWidth:{},borderRadius:{},borderColor:{},borderStyle:{},borderWidth:{},verticalPadding:[{property:"padding-top"},{property:"padding-bottom"}],horizontalPadding:[{property:"padding-right",fallback:"0.875em"},{property:"padding-left",fallback:"0.875em"}],labelTextColor:{property:"color"},iconColor:{selector:()=>"::slotted(*)",property:a.S.cssVarList.fill},labelTextDecoration:{...c,property:"text-decoration"},labelSpacing:{...c,property:"gap"},textAlign:{...c,property:"justify-content",fallback:"center"},iconSize:[{...p,property:"width"},{...p,property:"height"}]}}),s.G,i.VO,i.tQ)((0,i.tz)({slots:["","prefix","label","suffix"],wrappedEleName:"vaadin-button",style:()=>`\n\t\t\t\n\t:host {\n\t\tdisplay: inline-block;\n\t\tbox-sizing: border-box;\n\t}\n\tvaadin-button::before,\n\tvaadin-button::after {\n\t\topacity: 0;\n\t}\n\tvaadin-button {\n\t\tmargin: 0;\n\t\tmin-width: 0;\n\t\twidth: 100%;\n\t\theight: auto;\n\t\tbox-shadow: none;\n\t}\n\tvaadin-button::part(label) {\n\t\tpadding: 0;\n    width: 100%;\n\t}\n\tvaadin-button::part(prefix) {\n\t\tmargin-left: 0;\n\t\tmargin-right: 0;\n\t}\n\n\t\t\t\n\tvaadin-button::part(prefix),\n\tvaadin-button::part(label) {\n\t\tdisplay: flex;\n\t\talign-items: center;\n\t}\n\n\t\t\t${h}\n\t\t\tvaadin-button::part(label) { pointer-events: none; }\n\t\t\t:host {\n\t\t\t\tpadding: calc(var(${u.cssVarList.outlineWidth}) + var(${u.cssVarList.outlineOffset}));\n\t\t\t}\n      :host([full-width="true"]) {\n        width: var(${u.cssVarList.hostWidth});\n      }\n\t\t\tvaadin-button {\n\t\t\t\theight: calc(var(${u.cssVarList.hostHeight}) - var(${u.cssVarList.outlineWidth}) - var(${u.cssVarList.outlineOffset}));\n\t\t\t}\n\t\t\t[square="true"]:not([full-width="true"]) {\n\t\t\t\twidth: calc(var(${u.cssVarList.hostWidth}) - var(${u.cssVarList.outlineWidth}) - var(${u.cssVarList.outlineOffset}));\n        padding: 0;\n\t\t\t}\n\t\t`,excludeAttrsSync:["tabindex","class","style"],componentName:l})),{color:m,fontSize:b}=u.cssVarList;h=`\n\t@keyframes spin {\n\t\t0% { -webkit-transform: rotate(0deg); }\n\t\t100% { -webkit-transform: rotate(360deg); }\n\t}\n\t:host([loading="true"]) ::before {\n\t\tanimation: spin 2s linear infinite;\n\t\tposition: absolute;\n\t\tcontent: '';\n\t\tz-index: 1;\n\t\tbox-sizing: border-box;\n\t\tborder-radius: 50%;\n\t\tborder-bottom-color: transparent;\n\t\tborder-left-color: transparent;\n\t\tborder-style: solid;\n\t\tcolor: var(${m});\n\t\ttop: calc(50% - (var(${b}) / 2));\n\t\tleft: calc(50% - (var(${b}) / 2));\n\t\tborder-width: calc(var(${b}) / 10);\n\t\twidth: var(${b});\n\t\theight: var(${b});\n\t}\n\t:host([disabled="true"]),\n\t:host([loading="true"]) {\n\t\tpointer-events: none;\n\t}\n\t:host([loading="true"]) ::part(prefix),\n\t:host([loading="true"]) ::part(label) {\n\t\tvisibility: hidden;\n\t}\n`},10767(t,e,o){o.d(e,{G:()=>n});const n=t=>class extends t{get isLoading(){return"true"===this.getAttribute("loading")}click(){this.isLoading||super.click()}}},30576(t,e,o){o.r(e),o.d(e,{ButtonClass:()=>n.J,componentName:()=>n.T});var n=o(19624);o(83799),customElements.define(n.T,n.J)},98538(t,e,o){o.d(e,{S:()=>l,T:()=>s});var n=o(88961),r=o(25964),i=o(8512),a=o(63200);const s=(0,r.xE)("icon"),l=(0,a.Zz)((0,n.RF)({mappings:{fill:[{},{property:i.q.cssVarList.fill}],height:{selector:()=>":host"},width:{selector:()=>":host"}}}),n.VO,n.tQ)((0,n.tz)({slots:[],wrappedEleName:"descope-image",style:()=>"\n      :host {\n        display: inline-flex;\n        align-items: center;\n        justify-content: center;\n        max-height: 100%;\n      }\n      ",excludeAttrsSync:["tabindex","class","style","st-height","st-width"],componentName:s}))},56737(t,e,o){o.r(e),o.d(e,{IconClass:()=>n.S,componentName:()=>n.T}),o(53455);var n=o(98538);customElements.define(n.T,n.S)},8512(t,e,o){o.d(e,{T:()=>l,q:()=>p});var n=o(88961),r=o(72270),i=o(63200),a=o(25964),s=o(18782);const l=(0,a.xE)("image"),d=["src","src-dark"];class c extends((0,r.qu)({componentName:l,baseSelector:"slot"})){static get observedAttributes(){return d}constructor(){super(),this.attachShadow({mode:"open"}).innerHTML="\n\t\t<slot></slot>\n\t",(0,a.fz)("\n\t\t\t:host {\n\t\t\t\tdisplay: inline-flex;\n\t\t\t}\n      :host > slot {\n        width: 100%;\n        height: 100%;\n\t\t\t\tbox-sizing: border-box;\n\t\t\t\tdisplay: flex;\n\t\t\t\toverflow: hidden;\n\t\t\t}\n\n      ::slotted(*) {\n        width: 100%;\n\t\t\t}\n\n      .hidden {\n        display: none;\n      }\n      ",this)}init(){super.init?.(),this.toggleVisibility(this.getSrc)}onThemeChange(){this.renderImage()}toggleVisibility(t){t?this.classList.remove("hidden"):this.classList.add("hidden")}get altText(){return this.getAttribute("alt")||""}get legacySrc(){return this.getAttribute("src")}get themeSrc(){return this.getAttribute(`src-${this.currentThemeName}`)}get getSrc(){return this.themeSrc||this.legacySrc}updateFillColor(t){[t,...t.querySelectorAll("*[fill]")].forEach(t=>{t.setAttribute("fill",`var(${p.cssVarList.fill}, ${t.getAttribute("fill")||"''"})`)})}renderImage(){this.toggleVisibility(this.getSrc),(0,s.m)(this.getSrc,this.altText).then(t=>{this.innerHTML="",t&&(this.updateFillColor(t),this.appendChild(t))})}shouldRender(t){const e=this.getAttribute(t);return this.getSrc===e}attributeChangedCallback(t,e,o){super.attributeChangedCallback?.(t,e,o),e!==o&&this.shouldRender(t)&&this.renderImage()}}const p=(0,i.Zz)((0,n.RF)({mappings:{fill:{},height:{selector:()=>":host"},width:{selector:()=>":host"}}}),n.VO,n.tQ)(c)},18782(t,e,o){o.d(e,{m:()=>i});var n=o(25414);const r=t=>{const e=n.A.sanitize(t,{USE_PROFILES:{svg:!0,svgFilters:!0},ADD_TAGS:["image"],FORBID_TAGS:["defs"]});return(new DOMParser).parseFromString(e,"image/svg+xml").querySelector("svg")},i=async(t,e)=>{try{let o;if((t=>t.startsWith("data:image/svg+xml;base64,"))(t)){const e=atob(t.slice(26));o=r(e)}else if("svg"===(t=>{const e=t.match(/\.([0-9a-z]+)(?:[\\?#]|$)/i);return e?e[1]:null})(t)){const e=await fetch(t),n=await e.text();o=r(n)}else o=((t,e)=>{const o=document.createElement("img");return o.setAttribute("src",t),o.setAttribute("alt",e),o})(t,e);return o.style.setProperty("max-width","100%"),o.style.setProperty("max-height","100%"),o}catch{return null}}},53455(t,e,o){o.r(e),o.d(e,{ImageClass:()=>n.q,componentName:()=>n.T});var n=o(8512);customElements.define(n.T,n.q)},93895(t,e,o){o.d(e,{O:()=>l,T:()=>s});var n=o(88961),r=o(63200),i=o(25964),a=o(72270);const s=(0,i.xE)("list-item"),l=(0,r.Zz)((0,n.RF)({mappings:{verticalPadding:[{property:"padding-top"},{property:"padding-bottom"}],horizontalPadding:[{property:"padding-left"},{property:"padding-right"}],backgroundColor:{},borderColor:{},borderStyle:{},borderWidth:{},borderRadius:{},outline:{},cursor:{},gap:{},maxWidth:{selector:()=>":host"},alignItems:{},flexDirection:{},transition:{}}}),n.VO,n.tQ,t=>class extends t{constructor(){super(),this.attachShadow({mode:"open"}).innerHTML="\n      <slot></slot>\n    ",(0,i.fz)("\n      slot {\n          width: 100%;\n          display: flex;\n          overflow: hidden;\n          box-sizing: border-box;\n      }\n      :host {\n        display: block;\n      }\n        ",this)}},n.y)((0,a.qu)({componentName:s,baseSelector:"slot"}))},24542(t,e,o){o.r(e),o.d(e,{ListItemClass:()=>n.O,componentName:()=>n.T});var n=o(93895);customElements.define(n.T,n.O)},7720(t,e,o){o.d(e,{T:()=>l,x:()=>c});var n=o(88961),r=o(63200),i=o(25964),a=o(93895),s=o(72270);const l=(0,i.xE)("list");class d extends((0,s.qu)({componentName:l,baseSelector:".wrapper"})){static get observedAttributes(){return["variant","readonly"]}constructor(){super(),this.attachShadow({mode:"open"}).innerHTML='\n    <div class="wrapper">\n    <slot></slot>\n    <slot name="empty-state">\n      No item...\n    </slot>\n    </div>\n\t',(0,i.fz)('\n    .wrapper {\n        overflow: auto;\n        display: grid;\n        max-height: 100%;\n        width: 100%;\n      }\n\n      :host {\n        display: inline-flex;\n        width: 100%;\n      }\n      slot[name="empty-state"] {\n        justify-content: center;\n        align-items: center;\n        display: flex;\n        flex-grow: 1;\n      }\n\n      :host slot[name="empty-state"] {\n        display: none;\n      }\n      :host([empty]) slot[name="empty-state"] {\n        display: flex;\n      }\n      ::slotted(:not([slot])) {\n        width: 100%;\n      }\n        ',this)}get items(){return this.shadowRoot.querySelector("slot").assignedElements()}#e(){0===this.items.length?this.setAttribute("empty","true"):this.removeAttribute("empty")}get variant(){return this.getAttribute("variant")||"list"}#o(){this.items.forEach(t=>{let e=t;e.localName!==a.O.componentName&&(e=t.querySelector(a.O.componentName));const o="tiles"===this.variant?"tile":"row";e?.setAttribute("variant",o)})}init(){super.init?.(),(0,i.Ge)(this,()=>{this.#e(),this.#o(),this.#n()})}get isReadOnly(){return"true"===this.getAttribute("readonly")}#n(){this.items.forEach(t=>{this.isReadOnly?t.setAttribute("inert",""):t.removeAttribute("inert")})}attributeChangedCallback(t,e,o){super.attributeChangedCallback?.(t,e,o),o!==e&&("variant"===t?this.#o():"readonly"===t&&this.#n())}}const c=(0,r.Zz)((0,n.RF)({mappings:{hostWidth:{selector:()=>":host",property:"width"},maxHeight:{selector:()=>":host"},minHeight:{},verticalPadding:[{property:"padding-top"},{property:"padding-bottom"}],horizontalPadding:[{property:"padding-left"},{property:"padding-right"}],hostDirection:{selector:()=>":host",property:"direction"},fontFamily:{},gap:{},backgroundColor:{},borderRadius:{},borderColor:{},borderStyle:{},borderWidth:{},boxShadow:{},gridTemplateColumns:{},maxItemsWidth:{selector:()=>"::slotted(:not([slot]))",property:"max-width"},minItemsWidth:{selector:()=>"::slotted(:not([slot]))",property:"min-width"},maxRowItems:{property:"max-row-items"},itemsHorizontalAlign:{selector:()=>"::slotted(*)",property:"justify-self"},emptyStateTextColor:{selector:()=>'slot[name="empty-state"]',property:"color"},emptyStateTextFontFamily:{selector:()=>'slot[name="empty-state"]',property:"font-family"}}}),n.VO,n.tQ)(d)},45400(t,e,o){o.r(e),o.d(e,{ListClass:()=>n.x,componentName:()=>n.T}),o(24542);var n=o(7720);customElements.define(n.T,n.x)},91779(t,e,o){o.r(e),o.d(e,{MultiSsoClass:()=>y,componentName:()=>u}),o(45400),o(24542),o(63595),o(56737),o(30576),o(11065);var n=o(63200),r=o(25964),i=o(88961),a=o(72270),s=o(19624),l=o(7720),d=o(98538),c=o(93895),p=o(77888),h=o(66434);const u=(0,r.xE)("multi-sso"),m=({id:t,name:e,isDefault:o,link:n,authType:i},a,s)=>{const l=!o&&s?.allowDelete?`<span\n          class="delete-btn delete-icon"\n          data-action="delete"\n          role="button"\n          tabindex="0"\n          title="${s.deleteTooltipLabel}"\n        ></span>`:"",d=n&&s?.allowConfigure?`<a\n          class="external-link external-link-icon"\n          target="_blank"\n          rel="noopener noreferrer"\n          title="${s.configureTooltipLabel}"\n        ></a>`:"",{label:c,configured:p}=(t=>t&&"none"!==t?{label:t.toUpperCase(),configured:!0}:{label:"Not Configured",configured:!1})(i),h=p?'<div class="auth-type-row">\n        <descope-badge class="auth-type-badge" size="xs"></descope-badge>\n      </div>':`<div class="auth-type-row">\n        <descope-text\n          not-configured\n          variant="body2"\n          mode="secondary"\n        >${s?.notConfiguredLabel}</descope-text>\n      </div>`,u=document.createElement("template");u.innerHTML=`\n    <descope-list-item>\n      <div class="content">\n        <div class="top-row">\n          <descope-text\n            class="config-name"\n            variant="body1"\n            mode="primary"\n          ></descope-text>\n          <span class="action">\n            ${l}\n            ${d}\n          </span>\n        </div>\n        ${h}\n      </div>\n    </descope-list-item>\n  `,u.content.querySelector(".config-name").textContent=e;const m=u.content.querySelector(".delete-btn");if(m){m.dataset.id=t,m.dataset.name=e,m.setAttribute("aria-label",s.deleteTooltipLabel);const o=(0,r.I7)(s,"delete-icon");o&&m.append(o)}const b=u.content.querySelector(".external-link");if(b){b.setAttribute("aria-label",s.configureTooltipLabel),n&&b.setAttribute("href",n);const t=(0,r.I7)(s,"external-link-icon");t&&b.append(t)}const g=u.content.querySelector(".auth-type-badge");return g&&(g.textContent=c),u},b=(0,a.qu)({componentName:u,baseSelector:"span.wrapper"}),{host:g}={host:{selector:()=>":host"}},y=(0,n.Zz)((0,i.RF)({mappings:{hostWidth:{...g,property:"width"},hostMinWidth:{...g,property:"min-width"},hostDirection:[{...g,property:"direction"},{selector:()=>"descope-list-item",property:"direction"},{selector:()=>"descope-text",property:"direction"}],headerGap:{selector:()=>".header",property:"gap"},headerListGap:{selector:()=>"descope-list",property:"margin-top"},itemContentGap:{selector:()=>".content",property:"gap"},actionGap:{selector:()=>".action",property:"gap"},unconfiguredAuthTypeTextColor:{selector:()=>"[not-configured]",property:h.s.cssVarList.textColor},unconfiguredAuthTypeTextFontStyle:{selector:()=>"[not-configured]",property:"font-style"},buttonMaxWidth:{selector:s.J.componentName,property:s.J.cssVarList.hostMaxWidth},listItemsGap:{property:l.x.cssVarList.gap},listBackgroundColor:{selector:()=>l.x.componentName,property:l.x.cssVarList.backgroundColor},listBorderRadius:{selector:()=>l.x.componentName,property:l.x.cssVarList.borderRadius},listBorderWidth:{selector:()=>l.x.componentName,property:l.x.cssVarList.borderWidth},listBoxShadow:{selector:()=>l.x.componentName,property:l.x.cssVarList.boxShadow},listPadding:[{selector:()=>l.x.componentName,property:l.x.cssVarList.verticalPadding},{selector:()=>l.x.componentName,property:l.x.cssVarList.horizontalPadding}],itemVerticalPadding:{selector:c.O.componentName,property:c.O.cssVarList.verticalPadding},itemHorizontalPadding:{selector:c.O.componentName,property:c.O.cssVarList.horizontalPadding},itemCursor:{selector:c.O.componentName,property:c.O.cssVarList.cursor},itemOutline:{selector:c.O.componentName,property:c.O.cssVarList.outline},itemBorderColor:{selector:c.O.componentName,property:c.O.cssVarList.borderColor},itemBorderRadius:{selector:c.O.componentName,property:c.O.cssVarList.borderRadius},itemBackgroundColor:{selector:c.O.componentName,property:c.O.cssVarList.backgroundColor},badgeBorderColor:{selector:()=>p.e.componentName,property:p.e.cssVarList.borderColor},badgeTextColor:{selector:()=>p.e.componentName,property:p.e.cssVarList.textColor},badgeBackgroundColor:{selector:()=>p.e.componentName,property:p.e.cssVarList.backgroundColor},badgeBorderRadius:{selector:()=>p.e.componentName,property:p.e.cssVarList.borderRadius},titleIconSize:[{selector:()=>'::slotted([slot="title-icon"])',property:"width"},{selector:()=>'::slotted([slot="title-icon"])',property:"height"}],createButtonIconSize:[{selector:()=>'::slotted([slot="create-button-icon"])',property:"width"},{selector:()=>'::slotted([slot="create-button-icon"])',property:"height"}],actionIconSize:[{selector:()=>".delete-icon",property:"width"},{selector:()=>".delete-icon",property:"height"},{selector:()=>".external-link-icon",property:"width"},{selector:()=>".external-link-icon",property:"height"}],actionIconColor:[{selector:()=>".delete-icon",property:d.S.cssVarList.fill},{selector:()=>".external-link-icon",property:d.S.cssVarList.fill}]}}),i.VO,(0,i.t$)({targetSelector:"descope-list",itemRenderer:m,rerenderAttrsList:["allow-delete","allow-configure","not-configured-label","delete-tooltip-label","configure-tooltip-label"]}),i.tQ)(class extends b{static get observedAttributes(){return["label","create-button-label","not-configured-label","delete-tooltip-label","configure-tooltip-label","empty"].concat(super.observedAttributes)}constructor(){super(),this.attachShadow({mode:"open"}).innerHTML='\n    <span class="wrapper">\n      <div class="header">\n        <slot name="title-icon"></slot>\n        <descope-text class="title" variant="body1" mode="primary"></descope-text>\n        <descope-button\n          class="create-button"\n          size="sm"\n          variant="link"\n          mode="primary"\n          data-action="create"\n        >\n          <slot name="create-button-icon" slot="prefix"></slot>\n          <span class="create-button-label"></span>\n        </descope-button>\n      </div>\n      <descope-list></descope-list>\n      <slot name="delete-icon" class="hidden"></slot>\n      <slot name="external-link-icon" class="hidden"></slot>\n      </span>\n    ',this.listEl=this.shadowRoot.querySelector("descope-list"),(0,r.fz)('\n      :host {\n        display: inline-block;\n      }\n\n      :host(:not([allow-create="true"])) .create-button {\n        display: none;\n      }\n\n      .create-button {\n        min-width: 0;\n        flex-shrink:1;\n      }\n\n      .header {\n        width: 100%;\n        display: flex;\n        align-items: center;\n        justify-content: space-between;\n      }\n\n      slot[name="title-icon"] {\n        display: inline-flex;\n        align-items: center;\n        flex-shrink: 0;\n      }\n\n      .title {\n        flex: 1;\n        min-width: 0;\n        width:0;\n        flex-shrink: 0;\n\n      }\n\n      .title::part(text-wrapper) {\n        text-overflow: ellipsis;\n        overflow: hidden;\n        white-space: nowrap;\n      }\n\n      .content {\n        display: flex;\n        flex-direction: column;\n        align-items: stretch;\n        width: 100%;\n      }\n\n      .top-row {\n        display: flex;\n        align-items: center;\n        justify-content: space-between;\n        min-width: 0;\n      }\n\n      .config-name {\n        display: flex;\n        align-items: center;\n        min-width: 0;\n      }\n\n      .config-name::part(text-wrapper) {\n        text-overflow: ellipsis;\n        overflow: hidden;\n        white-space: nowrap;\n      }\n\n      .auth-type-row {\n        display: flex;\n        align-items: center;\n      }\n\n      .action {\n        display: flex;\n        align-items: center;\n        flex-shrink: 0;\n      }\n\n      .hidden {\n        display: none;\n      }\n\n      .delete-btn {\n        cursor: pointer;\n        display: flex;\n      }\n\n      .delete-icon > *,\n      .external-link-icon > * {\n        width: 100%;\n        height: 100%;\n      }\n\n      .external-link {\n        cursor: pointer;\n        color: inherit;\n        display: flex;\n      }\n\n      descope-text {\n        display: flex;\n        align-items: center;\n        min-width: 0;\n      }\n      ',this)}get deleteTooltipLabel(){return this.getAttribute("delete-tooltip-label")??""}get configureTooltipLabel(){return this.getAttribute("configure-tooltip-label")??""}init(){super.init?.(),this.shadowRoot.querySelector(".title").textContent=this.label,this.shadowRoot.querySelector(".create-button-label").textContent=this.createButtonLabel,this.listEl.itemRenderer=(t,e)=>m(t,0,this),this.shadowRoot.querySelector('[data-action="create"]').addEventListener("click",this.onCreateClick.bind(this)),this.listEl.addEventListener("click",this.onItemClick.bind(this)),(0,r.EA)(this.listEl,this,{includeAttrs:["empty"]})}onCreateClick(){this.dispatchEvent(new CustomEvent("create-clicked",{bubbles:!0,detail:{}}))}onItemClick(t){const e=t.target.closest('[data-action="delete"]');if(!e)return;const o=e.getAttribute("data-id"),n=e.getAttribute("data-name");o&&this.dispatchEvent(new CustomEvent("delete-clicked",{bubbles:!0,detail:{id:o,name:n}}))}get allowCreate(){return"true"===this.getAttribute("allow-create")}get allowDelete(){return"true"===this.getAttribute("allow-delete")}get allowConfigure(){return"true"===this.getAttribute("allow-configure")}get label(){return this.getAttribute("label")}get createButtonLabel(){return this.getAttribute("create-button-label")}get notConfiguredLabel(){return this.getAttribute("not-configured-label")||"Not Configured"}attributeChangedCallback(t,e,o){if(super.attributeChangedCallback?.(t,e,o),e!==o)if("label"===t){const t=this.shadowRoot?.querySelector(".title");t&&(t.textContent=this.label)}else if("create-button-label"===t){const t=this.shadowRoot?.querySelector(".create-button-label");t&&(t.textContent=this.createButtonLabel)}else"empty"===t&&this.listEl.classList.toggle("hidden","true"===o)}});customElements.define(u,y)},66434(t,e,o){o.d(e,{T:()=>s,s:()=>c});var n=o(88961),r=o(63200),i=o(25964),a=o(72270);const s=(0,i.xE)("text");class l extends((0,a.qu)({componentName:s,baseSelector:":host > slot"})){constructor(){super(),this.attachShadow({mode:"open"}).innerHTML='\n    <slot part="text-wrapper"></slot>\n    ',(0,i.fz)("\n      :host {\n        display: inline-block;\n        line-height: 1em;\n      }\n      :host > slot {\n        width: 100%;\n        display: inline-block;\n      }\n    ",this)}get hideWhenEmpty(){return"true"===this.getAttribute("hide-when-empty")}init(){super.init(),(0,i.Ge)(this,()=>{const t=!!this.childNodes.length;this.style.display=!t&&this.hideWhenEmpty?"none":""})}}const{host:d}={host:{selector:()=>":host"}},c=(0,r.Zz)((0,n.RF)({mappings:{hostWidth:{...d,property:"width"},hostDirection:{...d,property:"direction"},fontSize:{},textColor:[{property:"color"}],textLineHeight:{property:"line-height"},textLetterSpacing:{property:"letter-spacing"},textShadow:{},textAlign:{},textTransform:{},fontFamily:{},fontStyle:{},fontWeight:{},borderWidth:{},borderStyle:{},borderColor:{}}}),(0,n.DM)({triggers:[{attr:"full-width",value:"true"}]}),n.VO,n.tQ)(l)},63595(t,e,o){o.r(e),o.d(e,{TextClass:()=>n.s,componentName:()=>n.T});var n=o(66434);customElements.define(n.T,n.s)},89389(t,e,o){o.d(e,{$:()=>m});var n=o(13256),r=o(55774),i=o(82901),a=o(72562),s=o(81488),l=o(87550);const d=o(51450).AH`
  :host {
    display: inline-block;
    position: relative;
    outline: none;
    white-space: nowrap;
    -webkit-user-select: none;
    -moz-user-select: none;
    user-select: none;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Aligns the button with form fields when placed on the same line.
  Note, to make it work, the form fields should have the same "::before" pseudo-element. */
  .vaadin-button-container::before {
    content: '\\2003';
    display: inline-block;
    width: 0;
    max-height: 100%;
  }

  .vaadin-button-container {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    width: 100%;
    height: 100%;
    min-height: inherit;
    text-shadow: inherit;
  }

  [part='prefix'],
  [part='suffix'] {
    flex: none;
  }

  [part='label'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  @media (forced-colors: active) {
    :host {
      outline: 1px solid;
      outline-offset: -1px;
    }

    :host([focused]) {
      outline-width: 2px;
    }

    :host([disabled]) {
      outline-color: GrayText;
    }
  }
`;var c=o(84467),p=o(53149),h=o(36176);const u=t=>class extends((0,c.e)((0,h.l)((0,p.y)(t)))){static get properties(){return{tabindex:{type:Number,value:0,reflectToAttribute:!0}}}get _activeKeys(){return["Enter"," "]}ready(){super.ready(),this.hasAttribute("role")||this.setAttribute("role","button")}_onKeyDown(t){super._onKeyDown(t),t.altKey||t.shiftKey||t.ctrlKey||t.metaKey||this._activeKeys.includes(t.key)&&(t.preventDefault(),this.click())}};(0,l.SF)("vaadin-button",d,{moduleId:"vaadin-button-styles"});class m extends(u((0,a.q)((0,l.cp)((0,r.w)(n.Pu))))){static get is(){return"vaadin-button"}static get template(){return n.qy`
  <div class="vaadin-button-container">
    <span part="prefix" aria-hidden="true">
      <slot name="prefix"></slot>
    </span>
    <span part="label">
      <slot></slot>
    </span>
    <span part="suffix" aria-hidden="true">
      <slot name="suffix"></slot>
    </span>
  </div>
  <slot name="tooltip"></slot>
`}ready(){super.ready(),this._tooltipController=new s.I(this),this.addController(this._tooltipController)}}(0,i.X)(m)},93555(t,e,o){o.d(e,{x:()=>r}),o(64511),o(42068),o(9433),o(3241),o(83315);var n=o(87550);const r=n.AH`
  :host {
    /* Sizing */
    --lumo-button-size: var(--lumo-size-m);
    min-width: var(--vaadin-button-min-width, calc(var(--_button-size) * 2));
    height: var(--_button-size);
    padding: var(--vaadin-button-padding, 0 calc(var(--_button-size) / 3 + var(--lumo-border-radius-m) / 2));
    margin: var(--vaadin-button-margin, var(--lumo-space-xs) 0);
    box-sizing: border-box;
    /* Style */
    font-family: var(--lumo-font-family);
    font-size: var(--vaadin-button-font-size, var(--lumo-font-size-m));
    font-weight: var(--vaadin-button-font-weight, 500);
    color: var(--_lumo-button-text-color);
    background: var(--_lumo-button-background);
    border: var(--vaadin-button-border, none);
    border-radius: var(--vaadin-button-border-radius, var(--lumo-border-radius-m));
    cursor: var(--lumo-clickable-cursor);
    -webkit-tap-highlight-color: transparent;
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
    flex-shrink: 0;
    --_button-size: var(--vaadin-button-height, var(--lumo-button-size));
    --_focus-ring-color: var(--vaadin-focus-ring-color, var(--lumo-primary-color-50pct));
    --_focus-ring-width: var(--vaadin-focus-ring-width, 2px);
    /* Used by notification */
    --_lumo-button-background: var(--vaadin-button-background, var(--lumo-contrast-5pct));
    --_lumo-button-text-color: var(--vaadin-button-text-color, var(--lumo-primary-text-color));
    --_lumo-button-primary-background: var(--vaadin-button-primary-background, var(--lumo-primary-color));
    --_lumo-button-primary-text-color: var(--vaadin-button-primary-text-color, var(--lumo-primary-contrast-color));
  }

  /* Set only for the internal parts so we don't affect the host vertical alignment */
  [part='label'],
  [part='prefix'],
  [part='suffix'] {
    line-height: var(--lumo-line-height-xs);
  }

  [part='label'] {
    padding: calc(var(--lumo-button-size) / 6) 0;
  }

  :host([theme~='small']) {
    font-size: var(--lumo-font-size-s);
    --lumo-button-size: var(--lumo-size-s);
  }

  :host([theme~='large']) {
    font-size: var(--lumo-font-size-l);
    --lumo-button-size: var(--lumo-size-l);
  }

  /* For interaction states */
  :host::before,
  :host::after {
    content: '';
    /* We rely on the host always being relative */
    position: absolute;
    z-index: 1;
    inset: 0;
    background-color: currentColor;
    border-radius: inherit;
    opacity: 0;
    pointer-events: none;
  }

  /* Hover */

  @media (any-hover: hover) {
    :host(:hover)::before {
      opacity: 0.02;
    }
  }

  /* Active */

  :host::after {
    transition: opacity 1.4s, transform 0.1s;
    filter: blur(8px);
  }

  :host([active])::before {
    opacity: 0.05;
    transition-duration: 0s;
  }

  :host([active])::after {
    opacity: 0.1;
    transition-duration: 0s, 0s;
    transform: scale(0);
  }

  /* Keyboard focus */

  :host([focus-ring]) {
    box-shadow: 0 0 0 var(--_focus-ring-width) var(--_focus-ring-color);
  }

  :host([theme~='primary'][focus-ring]) {
    box-shadow: 0 0 0 1px var(--lumo-base-color), 0 0 0 3px var(--lumo-primary-color-50pct);
  }

  /* Types (primary, tertiary, tertiary-inline */

  :host([theme~='tertiary']),
  :host([theme~='tertiary-inline']) {
    --_background: transparent !important;
    background: var(--vaadin-button-tertiary-background, var(--_background));
    min-width: 0;
  }

  :host([theme~='tertiary']) {
    border: var(--vaadin-button-tertiary-border, none);
    color: var(--vaadin-button-tertiary-text-color, var(--lumo-primary-text-color));
    font-weight: var(--vaadin-button-tertiary-font-weight, 500);
    padding: var(--vaadin-button-tertiary-padding, 0 calc(var(--_button-size) / 6));
  }

  :host([theme~='tertiary-inline'])::before {
    display: none;
  }

  :host([theme~='tertiary-inline']) {
    margin: 0;
    height: auto;
    padding: 0;
    line-height: inherit;
    font-size: inherit;
  }

  :host([theme~='tertiary-inline']) [part='label'] {
    padding: 0;
    overflow: visible;
    line-height: inherit;
  }

  :host([theme~='primary']) {
    background: var(--_lumo-button-primary-background);
    border: var(--vaadin-button-primary-border, none);
    color: var(--_lumo-button-primary-text-color);
    font-weight: var(--vaadin-button-primary-font-weight, 600);
    min-width: calc(var(--lumo-button-size) * 2.5);
  }

  :host([theme~='primary'])::before {
    background-color: black;
  }

  @media (any-hover: hover) {
    :host([theme~='primary']:hover)::before {
      opacity: 0.05;
    }
  }

  :host([theme~='primary'][active])::before {
    opacity: 0.1;
  }

  :host([theme~='primary'][active])::after {
    opacity: 0.2;
  }

  /* Colors (success, error, contrast) */

  :host([theme~='success']) {
    color: var(--lumo-success-text-color);
  }

  :host([theme~='success'][theme~='primary']) {
    background-color: var(--lumo-success-color);
    color: var(--lumo-success-contrast-color);
  }

  :host([theme~='error']) {
    color: var(--lumo-error-text-color);
  }

  :host([theme~='error'][theme~='primary']) {
    background-color: var(--lumo-error-color);
    color: var(--lumo-error-contrast-color);
  }

  :host([theme~='contrast']) {
    color: var(--lumo-contrast);
  }

  :host([theme~='contrast'][theme~='primary']) {
    background-color: var(--lumo-contrast);
    color: var(--lumo-base-color);
  }

  /* Disabled state. Keep selectors after other color variants. */

  :host([disabled]) {
    pointer-events: none;
    color: var(--lumo-disabled-text-color);
  }

  :host([theme~='primary'][disabled]) {
    background-color: var(--lumo-contrast-30pct);
    color: var(--lumo-base-color);
  }

  :host([theme~='primary'][disabled]) [part] {
    opacity: 0.7;
  }

  /* Icons */

  [part] ::slotted(vaadin-icon) {
    display: inline-block;
    width: var(--lumo-icon-size-m);
    height: var(--lumo-icon-size-m);
  }

  /* Vaadin icons are based on a 16x16 grid (unlike Lumo and Material icons with 24x24), so they look too big by default */
  [part] ::slotted(vaadin-icon[icon^='vaadin:']) {
    padding: 0.25em;
    box-sizing: border-box !important;
  }

  [part='prefix'] {
    margin-left: -0.25em;
    margin-right: 0.25em;
  }

  [part='suffix'] {
    margin-left: 0.25em;
    margin-right: -0.25em;
  }

  /* Icon-only */

  :host([theme~='icon']:not([theme~='tertiary-inline'])) {
    min-width: var(--lumo-button-size);
    padding-left: calc(var(--lumo-button-size) / 4);
    padding-right: calc(var(--lumo-button-size) / 4);
  }

  :host([theme~='icon']) [part='prefix'],
  :host([theme~='icon']) [part='suffix'] {
    margin-left: 0;
    margin-right: 0;
  }

  /* RTL specific styles */

  :host([dir='rtl']) [part='prefix'] {
    margin-left: 0.25em;
    margin-right: -0.25em;
  }

  :host([dir='rtl']) [part='suffix'] {
    margin-left: -0.25em;
    margin-right: 0.25em;
  }

  :host([dir='rtl'][theme~='icon']) [part='prefix'],
  :host([dir='rtl'][theme~='icon']) [part='suffix'] {
    margin-left: 0;
    margin-right: 0;
  }
`;(0,n.SF)("vaadin-button",r,{moduleId:"lumo-button"})},83799(t,e,o){o(93555),o(89389)}}]);
//# sourceMappingURL=descope-multi-sso.js.map